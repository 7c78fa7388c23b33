import { childrenOf } from '../tree-index';
import type { NodeStatus, OstNode } from '../types';
import { makeFix } from './fix';
import { capitalize, nodeName, quoteTitle } from './node-name';
import type { Rule, RuleHit } from './rule';

/** Statuses that commit to a solution: the team is building or has shipped it. */
const COMMITTED: ReadonlySet<NodeStatus | undefined> = new Set<NodeStatus | undefined>(['building', 'shipped']);
/** Experiment statuses with a verdict. */
const FINISHED: ReadonlySet<NodeStatus | undefined> = new Set<NodeStatus | undefined>(['passed', 'failed', 'inconclusive']);

/**
 * The solution's most recent finished experiment: experiments carry no dates, so the last one in
 * sibling order (the order the team ran them, top to bottom) with a verdict. Undefined when none.
 */
export function latestFinishedExperiment(children: readonly OstNode[]): OstNode | undefined {
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i]!;
    if (child.kind === 'experiment' && FINISHED.has(child.status)) return child;
  }
  return undefined;
}

export const solutionIgnoresFailedExperiment: Rule = {
  id: 'solution-ignores-failed-experiment',
  severity: 'warning',
  title: 'Solution heeds its experiments',
  rationale: 'Building on while the latest assumption test failed is ignoring contradictory data; change course or test again first.',
  check(context) {
    const hits: RuleHit[] = [];
    for (const solution of context.byKind.solution) {
      if (!COMMITTED.has(solution.status)) continue;
      const latest = latestFinishedExperiment(childrenOf(context.index, solution.id));
      if (latest?.status !== 'failed') continue;
      const experiment = latest.title.trim() ? quoteTitle(latest.title) : 'an untitled experiment';
      hits.push({
        nodeId: solution.id,
        message: `${capitalize(nodeName(solution))} is ${solution.status === 'shipped' ? 'shipped' : 'being built'} although its most recent experiment, ${experiment}, failed. Rethink it, or run a new test before building on.`,
        fix: makeFix('set-status', solution.id, 'Rethink the status'),
      });
    }
    return hits;
  },
};
