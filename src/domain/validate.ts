import { RULES } from './rules/catalogue';
import { createRuleContext } from './rules/context';
import type { ValidatedFinding } from './rules/rule';
import type { TreeDoc } from './types';

export type { ValidatedFinding } from './rules/rule';

export interface ValidateOptions {
  /** Rules to skip; defaults to the tree's own settings. Errors are reported regardless. */
  silencedRules?: readonly string[];
  /** Today as YYYY-MM-DD for the rules about dates; default the user's local date. */
  today?: string;
}

/**
 * Every finding for a tree, in catalogue order (errors, then warnings, then infos), and within a
 * rule in tree order. Pure: the same document on the same day always gives the same findings
 * (whether a check-in is due depends on the date; pass `today` to pin it).
 */
export function validate(doc: TreeDoc, options: ValidateOptions = {}): ValidatedFinding[] {
  const silenced = new Set(options.silencedRules ?? doc.meta.settings?.silencedRules ?? []);
  const context = createRuleContext(doc, { today: options.today });
  const findings: ValidatedFinding[] = [];
  for (const rule of RULES) {
    if (rule.severity !== 'error' && silenced.has(rule.id)) continue;
    for (const hit of rule.check(context)) {
      findings.push({ rule: rule.id, severity: rule.severity, ...hit });
    }
  }
  return findings;
}
