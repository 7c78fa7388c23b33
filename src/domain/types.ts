// The domain model of an Opportunity Solution Tree (see shared/DESIGN.md "Domain model").

export type NodeKind = 'outcome' | 'opportunity' | 'solution' | 'experiment';

export type OutcomeStatus = 'active' | 'achieved' | 'abandoned';
export type OpportunityStatus = 'identified' | 'exploring' | 'parked';
export type SolutionStatus = 'idea' | 'testing' | 'validated' | 'discarded' | 'building' | 'shipped';
export type ExperimentStatus = 'planned' | 'running' | 'passed' | 'failed' | 'inconclusive';
export type NodeStatus = OutcomeStatus | OpportunityStatus | SolutionStatus | ExperimentStatus;

export type AssumptionType = 'desirability' | 'viability' | 'feasibility' | 'usability' | 'ethical';

export interface Metric {
  name: string;
  baseline?: number;
  target?: number;
  unit?: string;
  deadline?: string;
}

export interface OstNode {
  id: string;
  kind: NodeKind;
  parentId: string | null;
  /** Sibling order as a fractional index; the JSON file uses array order instead. */
  rank: string;
  title: string;
  description?: string;
  status?: NodeStatus;
  collapsed?: boolean;
  evidenceIds?: string[];
  metric?: Metric;
  target?: boolean;
  assumption?: string;
  assumptionType?: AssumptionType;
  successCriterion?: string;
  result?: string;
  votes?: number;
}

export type EvidenceKind =
  | 'interview'
  | 'observation'
  | 'usability-test'
  | 'survey'
  | 'analytics'
  | 'support'
  | 'other';

export interface Evidence {
  id: string;
  kind: EvidenceKind;
  /** Heard or seen by the team itself, vs reported by someone else. */
  firstHand: boolean;
  summary: string;
  quote?: string;
  source?: string;
  date?: string;
  url?: string;
}

export interface TreeSettings {
  /** Warning/info rules the team switched off for this tree (errors cannot be silenced). */
  silencedRules: string[];
  /** How the tree is laid out (see layout-kind.ts); absent means the tidy top-down tree. */
  layout?: 'tidy' | 'compact' | 'left-right';
}

export interface TreeMeta {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  settings: TreeSettings;
}

/**
 * The open tree as the editor holds it: nodes and evidence keyed by id, so that an immer patch
 * path (`['nodes', id, …]`) names exactly the storage row it touched.
 */
export interface TreeDoc {
  meta: TreeMeta;
  nodes: Record<string, OstNode>;
  evidence: Record<string, Evidence>;
}

/** The tree as the file format and DESIGN.md describe it: nodes in sibling (depth-first) order. */
export interface Tree {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  settings?: TreeSettings;
  nodes: Omit<OstNode, 'rank'>[];
  evidence: Evidence[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: string;
  severity: Severity;
  nodeId?: string;
  evidenceId?: string;
  message: string;
}
