import { compareAndContrast } from './compare-and-contrast';
import { emptyTitle } from './empty-title';
import { evidenceSecondHandOnly } from './evidence-second-hand-only';
import { evidenceUnused } from './evidence-unused';
import { experimentNeedsResult } from './experiment-needs-result';
import { experimentNeedsSuccessCriterion } from './experiment-needs-success-criterion';
import { oneTargetOpportunity } from './one-target-opportunity';
import { opportunityReadsLikeSolution } from './opportunity-reads-like-solution';
import { outcomeNeedsMetric } from './outcome-needs-metric';
import { outcomeReadsLikeOutput } from './outcome-reads-like-output';
import type { Rule } from './rule';
import { singleRootOutcome } from './single-root-outcome';
import { solutionNeedsEvidencedProblem } from './solution-needs-evidenced-problem';
import { solutionUntested } from './solution-untested';
import { structureParentKind } from './structure-parent-kind';

/** Every rule, in the order of the DESIGN.md table: errors, then warnings, then infos. */
export const RULES: readonly Rule[] = [
  solutionNeedsEvidencedProblem,
  structureParentKind,
  singleRootOutcome,
  outcomeNeedsMetric,
  outcomeReadsLikeOutput,
  opportunityReadsLikeSolution,
  evidenceSecondHandOnly,
  compareAndContrast,
  oneTargetOpportunity,
  experimentNeedsSuccessCriterion,
  experimentNeedsResult,
  solutionUntested,
  evidenceUnused,
  emptyTitle,
];

const RULES_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return RULES_BY_ID.get(id);
}

/** Rules a team may switch off for a tree (warnings and infos; errors never). */
export const SILENCEABLE_RULES: readonly Rule[] = RULES.filter((rule) => rule.severity !== 'error');
