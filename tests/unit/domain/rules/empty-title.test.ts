import { describe, expect, it } from 'vitest';
import { emptyTitle as rule } from '../../../../src/domain/rules/empty-title';
import { buildDoc, outcome, runRule } from './build-doc';

describe('empty-title', () => {
  it('flags nodes whose title is empty or only spaces, in tree order', () => {
    const doc = buildDoc(
      outcome([
        { kind: 'opportunity', id: 'blank', title: '', children: [{ kind: 'solution', id: 'spaces', title: '  \n' }] },
        { kind: 'opportunity', title: 'Evenings are busy' },
      ]),
    );
    expect(runRule(rule, doc).map((hit) => hit.nodeId)).toEqual(['blank', 'spaces']);
  });

  it('passes titled nodes', () => {
    expect(runRule(rule, buildDoc(outcome([{ kind: 'opportunity', title: 'x' }])))).toEqual([]);
  });

  it('names the kind and offers to write a title', () => {
    const doc = buildDoc(outcome([], { title: '' }));
    const [hit] = runRule(rule, doc);
    expect(hit?.message).toBe('This outcome has no title. Write one so the team can tell what it stands for.');
    expect(hit?.fix).toEqual({ kind: 'edit-title', label: 'Write a title', nodeId: 'outcome' });
  });
});
