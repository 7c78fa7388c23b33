import { describe, expect, it } from 'vitest';
import { createExampleTree } from '../../../src/domain/example-tree';
import { KIND_LABEL, STATUSES, canHaveParent } from '../../../src/domain/kinds';
import { docToTree, treeToDoc } from '../../../src/domain/tree-doc';
import { orderedNodes, rootOf } from '../../../src/domain/tree-index';
import type { OstNode, TreeDoc } from '../../../src/domain/types';
import { keyResultProgress } from '../../../src/domain/key-results/progress';
import { validate } from '../../../src/domain/validate';

const NOW = '2026-11-23T09:00:00.000Z';
const TODAY = NOW.slice(0, 10);

function byTitle(doc: TreeDoc, title: string): OstNode {
  const node = Object.values(doc.nodes).find((candidate) => candidate.title === title);
  if (!node) throw new Error(`No node titled “${title}”`);
  return node;
}

describe('the example tree', () => {
  const doc = createExampleTree(NOW);

  it('is titled for the example and stamped with the given time', () => {
    expect(doc.meta.title).toBe('Example: Language-learning app streaks');
    expect(doc.meta.createdAt).toBe(NOW);
    expect(doc.meta.updatedAt).toBe(NOW);
    expect(doc.meta.settings.silencedRules).toEqual([]);
  });

  // This list is the specification: the example shows exactly these findings, each teaching a rule.
  it('shows exactly these findings, one per rule it teaches', () => {
    const findings = validate(doc, { today: TODAY }).map((finding) => {
      const node = finding.nodeId === undefined ? undefined : doc.nodes[finding.nodeId];
      const item = finding.evidenceId === undefined ? undefined : doc.evidence[finding.evidenceId];
      return [finding.rule, node?.title ?? item?.kind];
    });
    expect(findings).toEqual([
      ['solution-needs-evidenced-problem', 'Weekly progress report with the words I learned'],
      ['evidence-second-hand-only', "I don't feel I'm making progress"],
      ['experiment-needs-result', 'A/B test: usual-time reminder vs fixed 7 pm'],
      ['solution-ignores-failed-experiment', 'Split every lesson into 3-minute parts'],
      ['solution-untested', 'Streak widget on the lock screen'],
      ['evidence-unused', 'support'],
    ]);
  });

  it('has an objective and two key results, one up and one down, checked in over the last four weeks', () => {
    const outcome = rootOf(doc);
    expect(outcome?.kind).toBe('outcome');
    expect(outcome?.title).toBe('More learners complete a 7-day practice streak');
    expect(outcome?.objective).toBe('Learning a language becomes a daily habit');
    expect(outcome?.businessGoal).toContain('renewals');
    const [streak, start] = outcome?.keyResults ?? [];
    expect(streak).toMatchObject({ name: 'Learners who complete a 7-day practice streak', baseline: 22, target: 30, unit: '%', direction: 'increase' });
    expect(start).toMatchObject({ baseline: 4, target: 2, unit: 'min', direction: 'decrease' });
    expect(streak?.checkIns?.map((checkIn) => checkIn.date)).toEqual(['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16']);
    expect(streak?.deadline).toBe('2027-06-23');
    // Both move the right way: a newcomer sees progress, not an empty chart.
    expect(keyResultProgress(streak!)).toBeCloseTo(27.5);
    expect(keyResultProgress(start!)).toBeCloseTo(45);
  });

  it('stays free of date findings whenever it is created', () => {
    const later = createExampleTree('2031-02-10T08:00:00.000Z');
    const rules = validate(later, { today: '2031-02-10' }).map((finding) => finding.rule);
    expect(rules).not.toContain('check-in-overdue');
    expect(rules).not.toContain('target-unrealistic');
    expect(rules).toContain('solution-ignores-failed-experiment');
  });

  it('marks one target opportunity with three solutions still in play', () => {
    const targets = Object.values(doc.nodes).filter((node) => node.target === true);
    expect(targets.map((node) => node.title)).toEqual(["I don't notice reminders among other notifications"]);
    const solutions = Object.values(doc.nodes).filter((node) => node.parentId === targets[0]?.id);
    expect(solutions.map((node) => node.status)).toEqual(['validated', 'testing', 'idea', 'discarded']);
  });

  it('nests sub-opportunities under a broader need', () => {
    const parent = byTitle(doc, "I forget to practise until it's too late in the day");
    expect(byTitle(doc, 'Evenings are busy with family').parentId).toBe(parent.id);
    expect(byTitle(doc, "I don't notice reminders among other notifications").parentId).toBe(parent.id);
  });

  it('gives every experiment an assumption, its type and a success criterion', () => {
    const experiments = Object.values(doc.nodes).filter((node) => node.kind === 'experiment');
    expect(experiments.length).toBeGreaterThanOrEqual(3);
    for (const experiment of experiments) {
      expect(experiment.assumption, experiment.title).toBeTruthy();
      expect(experiment.assumptionType, experiment.title).toBeTruthy();
      expect(experiment.successCriterion, experiment.title).toBeTruthy();
    }
    expect(experiments.filter((experiment) => experiment.result).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps an evidence library of first- and second-hand items, one with a web link', () => {
    const items = Object.values(doc.evidence);
    expect(items).toHaveLength(8);
    expect(new Set(items.map((item) => item.kind))).toEqual(
      new Set(['interview', 'observation', 'usability-test', 'survey', 'analytics', 'support']),
    );
    for (const item of items) {
      expect(item.firstHand).toBe(['interview', 'observation', 'usability-test'].includes(item.kind));
      expect(item.summary.length).toBeGreaterThan(20);
      expect(item.source).toBeTruthy();
      expect(item.date).toMatch(/^\d{4}-\d\d-\d\d$/);
    }
    expect(items.filter((item) => item.url?.startsWith('https://'))).toHaveLength(1);
  });

  it('is structurally sound: every link resolves, every parent allows its child, every status fits its kind', () => {
    for (const node of Object.values(doc.nodes)) {
      const parent = node.parentId === null ? null : doc.nodes[node.parentId];
      expect(parent, node.title).not.toBeUndefined();
      expect(canHaveParent(node.kind, parent?.kind ?? null), `${KIND_LABEL[node.kind]} ${node.title}`).toBe(true);
      expect(STATUSES[node.kind]).toContain(node.status);
      for (const id of node.evidenceIds ?? []) expect(doc.evidence[id], node.title).toBeDefined();
    }
  });

  it('gives fresh ids on every call', () => {
    const again = createExampleTree(NOW);
    expect(again.meta.id).not.toBe(doc.meta.id);
    const firstIds = new Set([...Object.keys(doc.nodes), ...Object.keys(doc.evidence)]);
    expect([...Object.keys(again.nodes), ...Object.keys(again.evidence)].some((id) => firstIds.has(id))).toBe(false);
  });

  it('orders siblings by rank as written, and survives a round trip through the file shape', () => {
    const titles = orderedNodes(doc).map((node) => node.title);
    expect(titles.slice(0, 3)).toEqual([
      'More learners complete a 7-day practice streak',
      "I forget to practise until it's too late in the day",
      'Evenings are busy with family',
    ]);
    expect(orderedNodes(treeToDoc(docToTree(doc))).map((node) => node.title)).toEqual(titles);
  });
});
