import { describe, expect, it } from 'vitest';
import { RULES, ruleById, SILENCEABLE_RULES } from '../../../../src/domain/rules/catalogue';

describe('the rule catalogue', () => {
  it('lists the rules of DESIGN.md’s two tables, errors then warnings then infos, with their severities', () => {
    expect(RULES.map((rule) => [rule.id, rule.severity])).toEqual([
      ['solution-needs-evidenced-problem', 'error'],
      ['structure-parent-kind', 'error'],
      ['single-root-outcome', 'error'],
      ['outcome-needs-metric', 'warning'],
      ['outcome-reads-like-output', 'warning'],
      ['outcome-reads-like-business-goal', 'warning'],
      ['metric-reads-like-vanity', 'warning'],
      ['outcome-needs-evidenced-problem', 'warning'],
      ['opportunity-reads-like-solution', 'warning'],
      ['evidence-second-hand-only', 'warning'],
      ['compare-and-contrast', 'warning'],
      ['one-target-opportunity', 'warning'],
      ['experiment-needs-success-criterion', 'warning'],
      ['experiment-needs-result', 'warning'],
      ['solution-ignores-failed-experiment', 'warning'],
      ['solution-untested', 'info'],
      ['target-unrealistic', 'info'],
      ['check-in-overdue', 'info'],
      ['evidence-unused', 'info'],
      ['empty-title', 'info'],
    ]);
  });

  it('gives every rule a title and a one-line rationale', () => {
    for (const rule of RULES) {
      expect(rule.title.trim(), rule.id).not.toBe('');
      expect(rule.rationale.trim(), rule.id).not.toBe('');
      expect(rule.rationale, rule.id).not.toContain('\n');
    }
  });

  it('finds a rule by id', () => {
    expect(ruleById('compare-and-contrast')?.title).toBe('Compare and contrast solutions');
    expect(ruleById('no-such-rule')).toBeUndefined();
  });

  it('offers only warnings and infos for silencing', () => {
    expect(SILENCEABLE_RULES).toHaveLength(17);
    expect(SILENCEABLE_RULES.every((rule) => rule.severity !== 'error')).toBe(true);
  });
});
