import type { NodeTypes } from '@xyflow/react';
import { ExperimentNode } from './ExperimentNode';
import { OpportunityNode } from './OpportunityNode';
import { OutcomeNode } from './OutcomeNode';
import { SolutionNode } from './SolutionNode';

/** One component per kind; defined once at module level so React Flow never remounts nodes. */
export const nodeTypes: NodeTypes = {
  outcome: OutcomeNode,
  opportunity: OpportunityNode,
  solution: SolutionNode,
  experiment: ExperimentNode,
};
