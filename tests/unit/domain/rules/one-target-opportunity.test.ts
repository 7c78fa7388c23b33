import { describe, expect, it } from 'vitest';
import { oneTargetOpportunity as rule } from '../../../../src/domain/rules/one-target-opportunity';
import { buildDoc, outcome, runRule } from './build-doc';

describe('one-target-opportunity', () => {
  it('passes one target', () => {
    const doc = buildDoc(outcome([{ kind: 'opportunity', target: true }, { kind: 'opportunity' }]));
    expect(runRule(rule, doc)).toEqual([]);
  });

  it('passes no target at all', () => {
    expect(runRule(rule, buildDoc(outcome([{ kind: 'opportunity' }])))).toEqual([]);
  });

  it('flags every target when more than one is marked, nested ones included', () => {
    const doc = buildDoc(
      outcome([
        { kind: 'opportunity', id: 'a', title: 'Evenings are busy', target: true },
        { kind: 'opportunity', children: [{ kind: 'opportunity', id: 'b', target: true }] },
        { kind: 'opportunity', target: false },
      ]),
    );
    const hits = runRule(rule, doc);
    expect(hits.map((hit) => hit.nodeId)).toEqual(['a', 'b']);
    expect(hits[0]?.message).toBe('“Evenings are busy” is one of 2 target opportunities. Pick one to work on now and unmark the others.');
    expect(hits[0]?.fix).toBeUndefined();
  });

  it('ignores a target flag on a node that is not an opportunity', () => {
    const doc = buildDoc(outcome([{ kind: 'opportunity', target: true, children: [{ kind: 'solution', target: true }] }]));
    expect(runRule(rule, doc)).toEqual([]);
  });
});
