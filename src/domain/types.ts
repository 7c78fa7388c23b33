// The domain model of an Opportunity Solution Tree (see shared/DESIGN.md "Domain model").

export type NodeKind = 'outcome' | 'opportunity' | 'solution' | 'experiment';

export type OutcomeStatus = 'active' | 'achieved' | 'abandoned';
export type OpportunityStatus = 'identified' | 'exploring' | 'parked';
export type SolutionStatus = 'idea' | 'testing' | 'validated' | 'discarded' | 'building' | 'shipped';
export type ExperimentStatus = 'planned' | 'running' | 'passed' | 'failed' | 'inconclusive';
export type NodeStatus = OutcomeStatus | OpportunityStatus | SolutionStatus | ExperimentStatus;

export type AssumptionType = 'desirability' | 'viability' | 'feasibility' | 'usability' | 'ethical';

/** Which way a key result should move: "from 12 minutes to 8" is a decrease. */
export type KeyResultDirection = 'increase' | 'decrease';

/** One reading of a key result: the value measured on a day. */
export interface CheckIn {
  /** ISO date (YYYY-MM-DD) the value was measured. */
  date: string;
  value: number;
  note?: string;
}

/**
 * A measurable change in behaviour that proves an outcome (format version 2): from a baseline to
 * a target by a deadline. An outcome has one or more; one metric alone gives a narrow view.
 */
export interface KeyResult {
  /** Unique within its outcome; stable across edits so the canvas and charts can follow it. */
  id: string;
  /** What is measured, as behaviour: "learners who finish a 7-day streak". */
  name: string;
  baseline?: number;
  target?: number;
  unit?: string;
  /** Default 'increase' when absent. */
  direction?: KeyResultDirection;
  /** ISO date (YYYY-MM-DD) by which the target should be reached. */
  deadline?: string;
  /** Oldest first; the last one is the current value. */
  checkIns?: CheckIn[];
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
  /** Outcome: the key results that prove it (format version 2; replaces version 1's `metric`). */
  keyResults?: KeyResult[];
  /** Outcome: the qualitative direction it serves (the OKR objective: where we are going). */
  objective?: string;
  /** Outcome: the mid-term business goal it moves (impact mapping). */
  businessGoal?: string;
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

/**
 * One round of dot voting (Torres' compare-and-contrast): each voter in turn places a few dots on
 * the children of one node; the dots stay hidden until the facilitator reveals them.
 */
export interface VoteRound {
  id: string;
  /** The node whose children are voted on. */
  parentId: string;
  /** The nodes that may receive dots: the parent's children when the round started, in sibling order. */
  candidateIds: string[];
  /** How many people vote, one after another (at least 1). */
  voters: number;
  /** Dots each voter may place (default 3). */
  dotsPerVoter: number;
  /** `dots[v]` lists the candidates voter v put a dot on, one entry per dot (a node may repeat). */
  dots: string[][];
  /** The voter placing dots now, 0-based. */
  currentVoter: number;
  /** Once revealed, the totals show everywhere and the round takes no more dots. */
  revealed: boolean;
  /** When the round started (ISO timestamp). */
  startedAt: string;
}

export interface TreeMeta {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  settings: TreeSettings;
  /** Dot-voting rounds, oldest first; at most one is not yet revealed (the open round). */
  voteRounds?: VoteRound[];
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
  /** Dot-voting rounds, oldest first (file format version 2). */
  voteRounds?: VoteRound[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: string;
  severity: Severity;
  nodeId?: string;
  evidenceId?: string;
  message: string;
}
