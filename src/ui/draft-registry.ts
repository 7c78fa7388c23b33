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
