import { describe, expect, it } from 'vitest';
import { structureParentKind as rule } from '../../../../src/domain/rules/structure-parent-kind';
import { buildDoc, hitNodeIds, outcome, runRule } from './build-doc';

describe('structure-parent-kind', () => {
  it('passes a well-formed tree, including nested opportunities', () => {
    const doc = buildDoc(
      outcome([
        {
          kind: 'opportunity',
          children: [
            { kind: 'opportunity', children: [{ kind: 'solution', children: [{ kind: 'experiment' }] }] },
          ],
        },
      ]),
    );
    expect(runRule(rule, doc)).toEqual([]);
  });

  it('flags a solution directly under the outcome', () => {
    const doc = buildDoc(outcome([{ kind: 'solution', id: 'sol', title: 'Streak freeze' }]));
    const hits = runRule(rule, doc);
    expect(hits.map((hit) => hit.nodeId)).toEqual(['sol']);
    expect(hits[0]?.message).toBe('Solution “Streak freeze” can\'t sit under an outcome. Move it under an opportunity.');
  });

  it('flags an experiment under an opportunity and says where it belongs', () => {
    const doc = buildDoc(outcome([{ kind: 'opportunity', children: [{ kind: 'experiment', id: 'exp' }] }]));
    const hits = runRule(rule, doc);
    expect(hits.map((hit) => hit.nodeId)).toEqual(['exp']);
    expect(hits[0]?.message).toContain('Move it under a solution.');
  });

  it('flags an opportunity under a solution, offering both allowed parents', () => {
    const doc = buildDoc(
      outcome([{ kind: 'opportunity', children: [{ kind: 'solution', children: [{ kind: 'opportunity', id: 'o2' }] }] }]),
    );
    const hits = runRule(rule, doc);
    expect(hits.map((hit) => hit.nodeId)).toEqual(['o2']);
    expect(hits[0]?.message).toContain('Move it under an outcome or an opportunity.');
  });

  it('flags an outcome nested under an opportunity', () => {
    const doc = buildDoc(outcome([{ kind: 'opportunity', children: [{ kind: 'outcome', id: 'inner' }] }]));
    expect(hitNodeIds(rule, doc)).toEqual(['inner']);
  });

  it('leaves top-level and orphan nodes to single-root-outcome', () => {
    const doc = buildDoc([outcome(), { kind: 'solution', id: 'loose' }]);
    doc.nodes['orphan'] = { id: 'orphan', kind: 'experiment', parentId: 'gone', rank: 'a0', title: 'x' };
    expect(runRule(rule, doc)).toEqual([]);
  });
});

describe('structure-parent-kind on an untitled node', () => {
  it('names it by its kind', () => {
    const doc = buildDoc(outcome([{ kind: 'experiment', title: '' }]));
    expect(runRule(rule, doc)[0]?.message).toBe("Untitled experiment can't sit under an outcome. Move it under a solution.");
  });
});
