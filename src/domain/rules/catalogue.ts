import { checkInOverdue } from './check-in-overdue';
import { compareAndContrast } from './compare-and-contrast';
import { emptyTitle } from './empty-title';
import { evidenceSecondHandOnly } from './evidence-second-hand-only';
import { evidenceUnused } from './evidence-unused';
import { experimentNeedsResult } from './experiment-needs-result';
import { experimentNeedsSuccessCriterion } from './experiment-needs-success-criterion';
import { metricReadsLikeVanity } from './metric-reads-like-vanity';
import { oneTargetOpportunity } from './one-target-opportunity';
import { opportunityReadsLikeSolution } from './opportunity-reads-like-solution';
import { outcomeNeedsEvidencedProblem } from './outcome-needs-evidenced-problem';
import { outcomeNeedsMetric } from './outcome-needs-metric';
import { outcomeReadsLikeBusinessGoal } from './outcome-reads-like-business-goal';
import { outcomeReadsLikeOutput } from './outcome-reads-like-output';
import type { Rule } from './rule';
import { singleRootOutcome } from './single-root-outcome';
import { solutionIgnoresFailedExperiment } from './solution-ignores-failed-experiment';
import { solutionNeedsEvidencedProblem } from './solution-needs-evidenced-problem';
import { solutionUntested } from './solution-untested';
import { structureParentKind } from './structure-parent-kind';
import { targetUnrealistic } from './target-unrealistic';

/** Every rule, in the order of the DESIGN.md tables: errors, then warnings, then infos. */
export const RULES: readonly Rule[] = [
  solutionNeedsEvidencedProblem,
  structureParentKind,
  singleRootOutcome,
  outcomeNeedsMetric,
  outcomeReadsLikeOutput,
  outcomeReadsLikeBusinessGoal,
  metricReadsLikeVanity,
  outcomeNeedsEvidencedProblem,
  opportunityReadsLikeSolution,
  evidenceSecondHandOnly,
  compareAndContrast,
  oneTargetOpportunity,
  experimentNeedsSuccessCriterion,
  experimentNeedsResult,
  solutionIgnoresFailedExperiment,
  solutionUntested,
  targetUnrealistic,
  checkInOverdue,
  evidenceUnused,
  emptyTitle,
];

const RULES_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return RULES_BY_ID.get(id);
}

/** Rules a team may switch off for a tree (warnings and infos; errors never). */
export const SILENCEABLE_RULES: readonly Rule[] = RULES.filter((rule) => rule.severity !== 'error');
