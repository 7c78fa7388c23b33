import { describe, expect, it } from 'vitest';
import { singleRootOutcome as rule } from '../../../../src/domain/rules/single-root-outcome';
import { buildDoc, hitNodeIds, outcome, runRule } from './build-doc';

describe('single-root-outcome', () => {
  it('passes a tree with one outcome at the root', () => {
    expect(runRule(rule, buildDoc(outcome([{ kind: 'opportunity' }])))).toEqual([]);
  });

  it('reports a tree with no nodes at all, without a node id', () => {
    const doc = buildDoc([]);
    const hits = runRule(rule, doc);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.nodeId).toBeUndefined();
    expect(hits[0]?.message).toMatch(/no outcome at the top/);
  });

  it('reports a missing outcome and each top-level node that is not one', () => {
    const doc = buildDoc([
      { kind: 'opportunity', id: 'o1' },
      { kind: 'opportunity', id: 'o2' },
    ]);
    expect(hitNodeIds(rule, doc)).toEqual([undefined, 'o1', 'o2']);
  });

  it('flags a second outcome at the top, not the first', () => {
    const doc = buildDoc([outcome([], { id: 'first' }), outcome([], { id: 'second', title: 'Reduce churn' })]);
    const hits = runRule(rule, doc);
    expect(hits.map((hit) => hit.nodeId)).toEqual(['second']);
    expect(hits[0]?.message).toBe('“Reduce churn” is a second outcome at the top. Keep one outcome per tree: move it into a tree of its own.');
  });

  it('flags an opportunity beside the outcome and names the outcome to move it under', () => {
    const doc = buildDoc([outcome(), { kind: 'opportunity', id: 'loose', title: 'Lessons are too long' }]);
    const hits = runRule(rule, doc);
    expect(hits.map((hit) => hit.nodeId)).toEqual(['loose']);
    expect(hits[0]?.message).toBe(
      'Opportunity “Lessons are too long” sits at the top of the tree. Move it under the outcome “More learners complete a 7-day streak”.',
    );
  });

  it('flags a node whose parent does not exist', () => {
    const doc = buildDoc(outcome());
    doc.nodes['orphan'] = { id: 'orphan', kind: 'opportunity', parentId: 'deleted', rank: 'a0', title: 'Lost' };
    const hits = runRule(rule, doc);
    expect(hits.map((hit) => hit.nodeId)).toEqual(['orphan']);
    expect(hits[0]?.message).toMatch(/parent that no longer exists/);
  });

  it('flags nodes whose parents form a loop, since no walk from the root reaches them', () => {
    const doc = buildDoc(outcome());
    doc.nodes['a'] = { id: 'a', kind: 'opportunity', parentId: 'b', rank: 'a0', title: 'A' };
    doc.nodes['b'] = { id: 'b', kind: 'opportunity', parentId: 'a', rank: 'a0', title: 'B' };
    expect(hitNodeIds(rule, doc)).toEqual(['a', 'b']);
  });
});
