// A tiny builder for test trees: a nested literal in, a TreeDoc out.
import { initialRanks } from '../../../../src/domain/operations/ranks';
import { createRuleContext } from '../../../../src/domain/rules/context';
import type { Rule, RuleHit } from '../../../../src/domain/rules/rule';
import type { Evidence, EvidenceKind, NodeKind, OstNode, TreeDoc } from '../../../../src/domain/types';

export type NodeSpec = Partial<Omit<OstNode, 'kind' | 'parentId' | 'rank'>> & {
  kind: NodeKind;
  children?: NodeSpec[];
};

const TODAY_ISO = new Date().toISOString();

/** Builds a doc from root specs; a node without an id gets `<kind>-<n>`, a node without a title gets one. */
export function buildDoc(roots: NodeSpec | NodeSpec[], evidence: Evidence[] = []): TreeDoc {
  const nodes: Record<string, OstNode> = {};
  let counter = 0;
  const add = (specs: NodeSpec[], parentId: string | null): void => {
    const ranks = initialRanks(specs.length);
    specs.forEach(({ children, ...spec }, position) => {
      counter++;
      const id = spec.id ?? `${spec.kind}-${counter}`;
      nodes[id] = { title: `${spec.kind} ${counter}`, ...spec, id, parentId, rank: ranks[position] ?? 'a0' };
      add(children ?? [], id);
    });
  };
  add(Array.isArray(roots) ? roots : [roots], null);
  const byId: Record<string, Evidence> = {};
  for (const item of evidence) byId[item.id] = item;
  return {
    meta: {
      id: 'tree-1',
      title: 'Test tree',
      // Started today, so a key result without check-ins is not yet due (see check-in-overdue).
      createdAt: TODAY_ISO,
      updatedAt: TODAY_ISO,
      settings: { silencedRules: [] },
    },
    nodes,
    evidence: byId,
  };
}

const FIRST_HAND_KINDS: readonly EvidenceKind[] = ['interview', 'observation', 'usability-test'];

/** An evidence item; first-hand for interviews, observations and usability tests unless told. */
export function evidence(id: string, kind: EvidenceKind, fields: Partial<Evidence> = {}): Evidence {
  return { id, kind, firstHand: FIRST_HAND_KINDS.includes(kind), summary: `${kind} ${id}`, ...fields };
}

/** A well-formed outcome with a complete key result, holding `children`. */
export function outcome(children: NodeSpec[] = [], fields: Partial<NodeSpec> = {}): NodeSpec {
  return {
    kind: 'outcome',
    id: 'outcome',
    title: 'More learners complete a 7-day streak',
    keyResults: [{ id: 'kr-1', name: 'Streak completion', baseline: 22, target: 30, unit: '%', deadline: '2027-06-30' }],
    ...fields,
    children,
  };
}

/** Runs one rule; `today` (YYYY-MM-DD) pins the date for rules about dates. */
export function runRule(rule: Rule, doc: TreeDoc, today?: string): RuleHit[] {
  return rule.check(createRuleContext(doc, today === undefined ? {} : { today }));
}

export function hitNodeIds(rule: Rule, doc: TreeDoc): Array<string | undefined> {
  return runRule(rule, doc).map((hit) => hit.nodeId);
}
