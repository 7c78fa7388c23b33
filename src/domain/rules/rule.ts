import type { Finding, Severity } from '../types';
import type { RuleContext } from './context';
import type { FindingFix } from './fix';

/** A finding as the validator returns it: the plain finding plus its one obvious fix, if any. */
export type ValidatedFinding = Finding & { fix?: FindingFix };

/** What a rule reports; the validator stamps the rule id and severity on it. */
export interface RuleHit {
  nodeId?: string;
  evidenceId?: string;
  message: string;
  fix?: FindingFix;
}

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** A short name for settings and the findings panel's group headings. */
  readonly title: string;
  /** One line: why the method asks for this. */
  readonly rationale: string;
  /** Hits in tree order (depth-first, sibling order); evidence in library order. */
  check(context: RuleContext): RuleHit[];
}
