import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_TEXT_LENGTH, MAX_TITLE_LENGTH, MAX_URL_LENGTH } from '../../../../src/domain/file-format/limits';
import { parseImport } from '../../../../src/domain/file-format/parse-file';
import { serializeTree } from '../../../../src/domain/file-format/serialize';
import { createBlankTree } from '../../../../src/domain/new-tree';
import { docToTree } from '../../../../src/domain/tree-doc';
import { draftProblem, emptyEvidenceDraft, evidenceFieldsFromDraft, withoutEmptyFields } from '../../../../src/panels/evidence/evidence-draft';
import { parseOptionalNumber, parseVotes } from '../../../../src/panels/inspector/parse-number';
import { createEditorStore } from '../../../../src/store/editor-store';

/**
 * Whatever the editor's own inputs accept must export and import again: the inputs cap text at
 * the lengths in limits.ts (as the browser's maxLength does), the number fields parse with the
 * same limits, and the store refuses what slips past. Typed text is drawn from everything a person
 * could type or paste, well past every limit.
 */

// maxLength in the browser counts UTF-16 code units, as slice does.
const typedText = (maxLength: number) => fc.string({ unit: 'binary', maxLength: maxLength + 50 }).map((text) => text.slice(0, maxLength));
// Digits, signs and points in any order, sometimes very long (a "1" with 400 zeros is Infinity).
const typedNumber = fc.oneof(
  fc.stringMatching(/^[-+]?\d{0,400}(\.\d{0,20})?$/),
  fc.double().map(String),
  fc.integer().map(String),
  fc.constantFrom('2000000', '1000000', '1e400', '9'.repeat(400), 'Infinity', '-0', ''),
);

const typedSession = fc.record({
  title: typedText(MAX_TITLE_LENGTH),
  treeTitle: typedText(MAX_TITLE_LENGTH),
  description: typedText(MAX_TEXT_LENGTH),
  votes: typedNumber,
  metricName: typedText(MAX_TITLE_LENGTH),
  baseline: typedNumber,
  target: typedNumber,
  unit: typedText(MAX_TITLE_LENGTH),
  evidenceSummary: typedText(MAX_TEXT_LENGTH),
  evidenceSource: typedText(MAX_TITLE_LENGTH),
  evidenceUrl: fc.oneof(typedText(MAX_URL_LENGTH), fc.webUrl().map((url) => url.slice(0, MAX_URL_LENGTH))),
});

describe('every value the editor accepts exports and imports again', () => {
  it('holds for titles, texts, votes, metric numbers and evidence typed into the inputs', () => {
    fc.assert(
      fc.property(typedSession, (typed) => {
        const blank = createBlankTree();
        const store = createEditorStore(blank);
        const { actions } = store.getState();
        const outcomeId = Object.keys(blank.nodes)[0]!;
        actions.setTitle(outcomeId, typed.title);
        actions.setTreeTitle(typed.treeTitle);
        const opportunityId = actions.addChild(outcomeId, 'opportunity')!;
        actions.updateNode(opportunityId, { description: typed.description });

        const votes = parseVotes(typed.votes);
        if (votes.ok) actions.updateNode(opportunityId, { votes: votes.value });
        const baseline = parseOptionalNumber(typed.baseline);
        const target = parseOptionalNumber(typed.target);
        if (baseline.ok && target.ok) {
          actions.updateNode(outcomeId, {
            keyResults: [{ id: 'kr-1', name: typed.metricName, baseline: baseline.value, target: target.value, unit: typed.unit }],
          });
        }

        const draft = { ...emptyEvidenceDraft(), summary: typed.evidenceSummary, source: typed.evidenceSource, url: typed.evidenceUrl };
        if (draftProblem(draft) === null) actions.addEvidence(withoutEmptyFields(evidenceFieldsFromDraft(draft)), opportunityId);

        const doc = store.getState().doc;
        const result = parseImport(serializeTree(doc));
        if (!result.ok) throw new Error(`${result.error.message}\n${result.error.problems.join('\n')}`);
        expect(result.warnings).toEqual([]);
        expect(JSON.parse(JSON.stringify(result.trees[0]))).toEqual(JSON.parse(JSON.stringify(docToTree(doc))));
      }),
      { numRuns: 150 },
    );
  });

  it('refuses the numbers the file format cannot carry, naming the limit', () => {
    expect(parseVotes('2000000')).toEqual({ ok: false, error: 'Votes are a whole number from 0 to 1,000,000.' });
    expect(parseOptionalNumber('1' + '0'.repeat(400)).ok).toBe(false);
    expect(parseOptionalNumber('1' + '0'.repeat(15)).ok).toBe(true);
    expect(parseOptionalNumber('1' + '0'.repeat(16)).ok).toBe(false);
  });

  it('never stores a non-finite or out-of-range number, whoever asks the store', () => {
    const blank = createBlankTree();
    const store = createEditorStore(blank);
    const outcomeId = Object.keys(blank.nodes)[0]!;
    const { actions } = store.getState();
    expect(actions.updateNode(outcomeId, { keyResults: [{ id: 'kr', name: 'x', baseline: Number.NaN }] })).toBe(false);
    expect(actions.updateNode(outcomeId, { keyResults: [{ id: 'kr', name: 'x', target: Number.POSITIVE_INFINITY }] })).toBe(false);
    expect(actions.updateNode(outcomeId, { keyResults: [{ id: 'kr', name: 'x', checkIns: [{ date: '2026-01-01', value: 1e16 }] }] })).toBe(false);
    expect(actions.updateNode(outcomeId, { votes: 2_000_000 })).toBe(false);
    expect(store.getState().doc.nodes[outcomeId]).toEqual(blank.nodes[outcomeId]);
    expect(store.getState().notice?.tone).toBe('refused');
  });
});

describe('the evidence form', () => {
  it('refuses a link that is not a web address, which an import would drop', () => {
    const draft = { ...emptyEvidenceDraft(), summary: 'Heard it' };
    expect(draftProblem({ ...draft, url: 'javascript:alert(1)' })).toMatch(/https:\/\//);
    expect(draftProblem({ ...draft, url: 'example.com' })).toMatch(/https:\/\//);
    expect(draftProblem({ ...draft, url: 'https://example.com/notes' })).toBeNull();
    expect(draftProblem({ ...draft, url: '' })).toBeNull();
  });
});
