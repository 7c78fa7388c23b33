/**
 * Text typed into a field but not yet written anywhere (an inspector draft waiting for its idle
 * commit, a library rename still in its input). When the page goes away, the app commits every
 * such draft synchronously, before it journals what is unsaved, so a reload or a closed tab right
 * after typing loses nothing.
 */

type Commit = () => void;

const drafts = new Set<Commit>();

/** Registers a field's commit while it holds a draft; returns the function that unregisters it. */
export function registerDraft(commit: Commit): () => void {
  drafts.add(commit);
  return () => drafts.delete(commit);
}

/** Commits every registered draft now (each commit must be synchronous). */
export function commitAllDrafts(): void {
  for (const commit of [...drafts]) {
    try {
      commit();
    } catch {
      // One field failing to commit must not keep the others from committing.
    }
  }
}

const journalWriters = new Set<Commit>();

/** Registers a writer of unsaved changes to the journal (the open tree's); returns its remover. */
export function registerJournalWriter(write: Commit): () => void {
  journalWriters.add(write);
  return () => journalWriters.delete(write);
}

/**
 * Commits every draft, then journals what is unsaved: for when storage goes away under the page
 * (another tab upgraded the database), so nothing typed is lost before the reload.
 */
export function journalEverything(): void {
  commitAllDrafts();
  for (const write of [...journalWriters]) {
    try {
      write();
    } catch {
      // A full local storage; the edits stay on screen and in memory.
    }
  }
}
