import type { AssumptionType, EvidenceKind, NodeKind, NodeStatus } from './types';

export const NODE_KINDS: readonly NodeKind[] = ['outcome', 'opportunity', 'solution', 'experiment'];

/** Which kinds a node of each kind may hang under; the outcome is the root. */
export const ALLOWED_PARENT_KINDS: Record<NodeKind, readonly NodeKind[]> = {
  outcome: [],
  opportunity: ['outcome', 'opportunity'],
  solution: ['opportunity'],
  experiment: ['solution'],
};

/** Which kinds may be added under a node of each kind, the default (Tab) first. */
export const CHILD_KINDS: Record<NodeKind, readonly NodeKind[]> = {
  outcome: ['opportunity'],
  opportunity: ['opportunity', 'solution'],
  solution: ['experiment'],
  experiment: [],
};

export function canHaveParent(kind: NodeKind, parentKind: NodeKind | null): boolean {
  if (parentKind === null) return kind === 'outcome';
  return ALLOWED_PARENT_KINDS[kind].includes(parentKind);
}

export function defaultChildKind(kind: NodeKind): NodeKind | null {
  return CHILD_KINDS[kind][0] ?? null;
}

export const STATUSES: Record<NodeKind, readonly NodeStatus[]> = {
  outcome: ['active', 'achieved', 'abandoned'],
  opportunity: ['identified', 'exploring', 'parked'],
  solution: ['idea', 'testing', 'validated', 'discarded', 'building', 'shipped'],
  experiment: ['planned', 'running', 'passed', 'failed', 'inconclusive'],
};

export const DEFAULT_STATUS: Record<NodeKind, NodeStatus> = {
  outcome: 'active',
  opportunity: 'identified',
  solution: 'idea',
  experiment: 'planned',
};

export const KIND_LABEL: Record<NodeKind, string> = {
  outcome: 'Outcome',
  opportunity: 'Opportunity',
  solution: 'Solution',
  experiment: 'Experiment',
};

export const ASSUMPTION_TYPES: readonly AssumptionType[] = [
  'desirability',
  'viability',
  'feasibility',
  'usability',
  'ethical',
];

export const EVIDENCE_KINDS: readonly EvidenceKind[] = [
  'interview',
  'observation',
  'usability-test',
  'survey',
  'analytics',
  'support',
  'other',
];

export const EVIDENCE_KIND_LABEL: Record<EvidenceKind, string> = {
  interview: 'Interview',
  observation: 'Observation',
  'usability-test': 'Usability test',
  survey: 'Survey',
  analytics: 'Analytics',
  support: 'Support ticket',
  other: 'Other',
};
