import { isImeComposing } from '../../ui/ime';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useJournalledForm } from '../../ui/use-journalled-form';
import { MAX_TEXT_LENGTH, MAX_TITLE_LENGTH, MAX_URL_LENGTH } from '../../domain/file-format/limits';
import { EVIDENCE_KIND_LABEL, EVIDENCE_KINDS } from '../../domain/kinds';
import type { EvidenceKind } from '../../domain/types';
import { draftProblem, isFirstHandByDefault, type EvidenceDraft } from './evidence-draft';
import { safeHttpUrl } from './safe-url';

interface EvidenceFormProps {
  initial: EvidenceDraft;
  /** Names the form for assistive technology, e.g. "New evidence". */
  title: string;
  submitLabel: string;
  /** Where what is typed is kept until it is submitted or cancelled (see ui/form-drafts.ts). */
  journal: { scope: string; key: string };
  /** Returns whether the item was stored; a refused one keeps the form and its draft. */
  onSubmit(draft: EvidenceDraft): boolean;
  onCancel(): void;
}

interface EvidenceFormState {
  draft: EvidenceDraft;
  firstHandTouched: boolean;
}

/**
 * Adds or edits one evidence item. Escape cancels (and stays inside the form). What is typed
 * survives a reload, a closed tab and leaving the editor until it is submitted or cancelled.
 */
export function EvidenceForm({ initial, title, submitLabel, journal, onSubmit, onCancel }: EvidenceFormProps) {
  const id = useId();
  // Until the user sets "first-hand" themselves, it follows the kind's usual answer.
  const form = useJournalledForm<EvidenceFormState>(journal.scope, journal.key, () => ({ draft: initial, firstHandTouched: false }));
  const { draft, firstHandTouched } = form.value;
  const [problem, setProblem] = useState<string | null>(null);
  const summaryRef = useRef<HTMLInputElement>(null);

  const set = (fields: Partial<EvidenceDraft>, touched = firstHandTouched) =>
    form.set((current) => ({ draft: { ...current.draft, ...fields }, firstHandTouched: touched }));
  const urlIsPlainText = draft.url.trim() !== '' && safeHttpUrl(draft.url) === null;

  function submit(event: FormEvent) {
    event.preventDefault();
    const reason = draftProblem(draft);
    setProblem(reason);
    if (reason) {
      summaryRef.current?.focus();
      return;
    }
    if (onSubmit(draft)) form.discard();
  }

  function cancel() {
    form.discard();
    onCancel();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || isImeComposing(event)) return;
    event.stopPropagation();
    cancel();
  }

  return (
    <form className="evidence-form" aria-label={title} noValidate onSubmit={submit} onKeyDown={onKeyDown}>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            value={draft.kind}
            onChange={(event) => {
              const kind = event.target.value as EvidenceKind;
              set(firstHandTouched ? { kind } : { kind, firstHand: isFirstHandByDefault(kind) });
            }}
          >
            {EVIDENCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {EVIDENCE_KIND_LABEL[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input id={`${id}-date`} type="date" value={draft.date} onChange={(event) => set({ date: event.target.value })} />
        </div>
      </div>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={draft.firstHand}
          onChange={(event) => set({ firstHand: event.target.checked }, true)}
        />
        <span>First-hand — the team heard or saw this itself</span>
      </label>
      <div className="field">
        <label htmlFor={`${id}-summary`}>Summary (required)</label>
        <input
          id={`${id}-summary`}
          dir="auto"
          ref={summaryRef}
          value={draft.summary}
          maxLength={MAX_TEXT_LENGTH}
          autoFocus
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => set({ summary: event.target.value })}
        />
        {problem && (
          <p id={`${id}-problem`} className="field-error">
            {problem}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-quote`}>Quote</label>
        <textarea id={`${id}-quote`} dir="auto" rows={2} maxLength={MAX_TEXT_LENGTH} value={draft.quote} onChange={(event) => set({ quote: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-source`}>Source (who or where)</label>
        <input id={`${id}-source`} dir="auto" maxLength={MAX_TITLE_LENGTH} value={draft.source} onChange={(event) => set({ source: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-url`}>Link</label>
        <input
          id={`${id}-url`}
          inputMode="url"
          placeholder="https://…"
          maxLength={MAX_URL_LENGTH}
          value={draft.url}
          aria-describedby={urlIsPlainText ? `${id}-url-note` : undefined}
          onChange={(event) => set({ url: event.target.value })}
        />
        {urlIsPlainText && (
          <p id={`${id}-url-note`} className="field-note">
            Not an http(s) address: it will be kept as plain text, not a link.
          </p>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary">
          {submitLabel}
        </button>
        <button type="button" className="btn" onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
