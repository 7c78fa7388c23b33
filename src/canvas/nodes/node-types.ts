import type { NodeTypes } from '@xyflow/react';
import { ExperimentNode } from './ExperimentNode';
import { OpportunityNode } from './OpportunityNode';
import { OutcomeNode } from './OutcomeNode';
import { SolutionNode } from './SolutionNode';
import { withCompactForm } from './with-compact-form';

/** One component per kind; defined once at module level so React Flow never remounts nodes. */
export const nodeTypes: NodeTypes = {
  outcome: withCompactForm('outcome', OutcomeNode),
  opportunity: withCompactForm('opportunity', OpportunityNode),
  solution: withCompactForm('solution', SolutionNode),
  experiment: withCompactForm('experiment', ExperimentNode),
};
