import { describe, expect, it } from 'vitest';
import { createExampleTree } from '../../../src/domain/example-tree';
import { createBlankTree } from '../../../src/domain/new-tree';
import { addNode } from '../../../src/domain/operations/add-node';
import { presentSteps } from '../../../src/domain/present-steps';
import { rootOf } from '../../../src/domain/tree-index';

describe('presentSteps', () => {
  it('tells the example tree: whole tree, outcome, each opportunity branch, target with solutions, experiments', () => {
    const doc = createExampleTree();
    const steps = presentSteps(doc);
    const root = rootOf(doc)!;
    const branches = Object.values(doc.nodes).filter((node) => node.parentId === root.id);
    const target = Object.values(doc.nodes).find((node) => node.target)!;
    const tested = Object.values(doc.nodes)
      .filter((node) => node.parentId === target.id && Object.values(doc.nodes).some((child) => child.parentId === node.id && child.kind === 'experiment'))
      .sort((a, b) => (a.rank < b.rank ? -1 : 1));
    expect(tested.length).toBeGreaterThan(1);
    expect(steps.map((step) => step.key)).toEqual([
      'tree',
      'outcome',
      ...branches.sort((a, b) => (a.rank < b.rank ? -1 : 1)).map((node) => `branch:${node.id}`),
      'target',
      ...tested.map((solution) => `experiments:${solution.id}`),
    ]);
    expect(steps[0]!.nodeIds).toHaveLength(Object.keys(doc.nodes).length);
    expect(steps[1]!.nodeIds).toEqual([root.id]);
    const targetStep = steps.find((step) => step.key === 'target')!;
    expect(targetStep.nodeIds[0]).toBe(target.id);
    expect(targetStep.nodeIds.slice(1).every((id) => doc.nodes[id]!.kind === 'solution' && doc.nodes[id]!.parentId === target.id)).toBe(true);
    for (const solution of tested) {
      const experimentStep = steps.find((step) => step.key === `experiments:${solution.id}`)!;
      const experiments = Object.values(doc.nodes).filter((node) => node.parentId === solution.id && node.kind === 'experiment');
      expect(new Set(experimentStep.nodeIds)).toEqual(new Set(experiments.map((node) => node.id)));
    }
  });

  it('leaves out the target and experiment steps a tree has nothing for', () => {
    const doc = createBlankTree('t');
    const opportunity = addNode(doc, { parentId: rootOf(doc)!.id, kind: 'opportunity', title: 'Need' });
    expect(presentSteps(doc).map((step) => step.key)).toEqual(['tree', 'outcome', `branch:${opportunity}`]);
  });

  it('shows every experiment when no opportunity is the target', () => {
    const doc = createBlankTree('t');
    const opportunity = addNode(doc, { parentId: rootOf(doc)!.id, kind: 'opportunity', title: 'Need' });
    const solution = addNode(doc, { parentId: opportunity, kind: 'solution', title: 'Idea' });
    const experiment = addNode(doc, { parentId: solution, kind: 'experiment', title: 'Test' });
    expect(presentSteps(doc).at(-1)).toMatchObject({ key: `experiments:${solution}`, nodeIds: [experiment] });
  });
});
