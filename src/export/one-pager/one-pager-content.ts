import { hasFirstHandEvidence, linkedEvidence } from '../../domain/rules/evidence-links';
import { formatMeasure, formatRange, keyResultLabel } from '../../domain/key-results/format';
import { currentCheckIn, keyResultProgress, roundedProgress } from '../../domain/key-results/progress';
import { childrenOf, indexTree, rootOf, walk } from '../../domain/tree-index';
import type { Evidence, OstNode, TreeDoc } from '../../domain/types';

export interface OnePagerKeyResult {
  name: string;
  /** "22% → 30%", or null without numbers. */
  range: string | null;
  deadline?: string;
  /** Whole percent of the way, or null without baseline and target. */
  progress: number | null;
  /** "24.2% on 2026-11-16", or null before the first check-in. */
  current: string | null;
}

export interface OnePagerSolution {
  title: string;
  status: string;
  experiments: Array<{ title: string; status: string; result?: string; successCriterion?: string }>;
}

/**
 * The story a stakeholder needs, in the order they need it: why (objective, business goal), the
 * proof (outcome and key results with progress), and what (the target opportunity with its
 * evidence, and the solutions in play with their experiments and results).
 */
export interface OnePager {
  treeTitle: string;
  objective?: string;
  businessGoal?: string;
  outcome: string;
  keyResults: OnePagerKeyResult[];
  target: { title: string; firstHand: boolean; evidence: Evidence[] } | null;
  solutions: OnePagerSolution[];
}

/** The one-pager of a tree: its root outcome and its target opportunity (the first one marked). */
export function onePagerOf(doc: TreeDoc): OnePager {
  const outcome = rootOf(doc);
  const index = indexTree(doc.nodes);
  let target: OstNode | undefined;
  if (outcome) {
    walk(index, [outcome], (node) => {
      if (!target && node.kind === 'opportunity' && node.target === true) target = node;
      return target === undefined;
    });
  }
  const solutions = target
    ? childrenOf(index, target.id)
        .filter((child) => child.kind === 'solution' && child.status !== 'discarded')
        .map((solution) => ({
          title: untitled(solution),
          status: solution.status ?? 'idea',
          experiments: childrenOf(index, solution.id)
            .filter((child) => child.kind === 'experiment')
            .map((experiment) => ({
              title: untitled(experiment),
              status: experiment.status ?? 'planned',
              ...(experiment.result ? { result: experiment.result } : {}),
              ...(experiment.successCriterion ? { successCriterion: experiment.successCriterion } : {}),
            })),
        }))
    : [];
  return {
    treeTitle: doc.meta.title,
    ...(outcome?.objective ? { objective: outcome.objective } : {}),
    ...(outcome?.businessGoal ? { businessGoal: outcome.businessGoal } : {}),
    outcome: outcome ? untitled(outcome) : 'No outcome yet',
    keyResults: (outcome?.keyResults ?? []).map((keyResult) => {
      const progress = keyResultProgress(keyResult);
      const current = currentCheckIn(keyResult);
      return {
        name: keyResultLabel(keyResult),
        range: formatRange(keyResult),
        ...(keyResult.deadline ? { deadline: keyResult.deadline } : {}),
        progress: progress === null ? null : roundedProgress(progress),
        current: current ? `${formatMeasure(current.value, keyResult.unit)} on ${current.date}` : null,
      };
    }),
    target: target ? { title: untitled(target), firstHand: hasFirstHandEvidence(doc, target), evidence: linkedEvidence(doc, target) } : null,
    solutions,
  };
}

function untitled(node: OstNode): string {
  return node.title.trim() || `Untitled ${node.kind}`;
}
