import { describe, expect, it } from 'vitest';
import { findingsByNode, summarizeFindings, worstSeverity } from '../../../src/domain/findings-summary';
import type { Finding } from '../../../src/domain/types';

const findings: Finding[] = [
  { rule: 'empty-title', severity: 'info', nodeId: 'a', message: 'x' },
  { rule: 'solution-needs-evidenced-problem', severity: 'error', nodeId: 'b', message: 'x' },
  { rule: 'compare-and-contrast', severity: 'warning', nodeId: 'a', message: 'x' },
  { rule: 'evidence-unused', severity: 'info', evidenceId: 'e', message: 'x' },
];

describe('findings summary', () => {
  it('counts findings by severity', () => {
    expect(summarizeFindings(findings)).toEqual({ errors: 1, warnings: 1, infos: 2 });
    expect(summarizeFindings([])).toEqual({ errors: 0, warnings: 0, infos: 0 });
  });

  it('groups findings by node in their order and leaves evidence findings out', () => {
    const byNode = findingsByNode(findings);
    expect([...byNode.keys()]).toEqual(['a', 'b']);
    expect(byNode.get('a')?.map((finding) => finding.rule)).toEqual(['empty-title', 'compare-and-contrast']);
  });

  it('gives the worst severity, or null for none', () => {
    expect(worstSeverity(findings)).toBe('error');
    expect(worstSeverity([findings[0]!, findings[2]!])).toBe('warning');
    expect(worstSeverity([findings[0]!])).toBe('info');
    expect(worstSeverity([])).toBeNull();
  });
});
