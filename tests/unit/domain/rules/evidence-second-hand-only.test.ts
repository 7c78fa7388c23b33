import { describe, expect, it } from 'vitest';
import { evidenceSecondHandOnly as rule } from '../../../../src/domain/rules/evidence-second-hand-only';
import { buildDoc, evidence, outcome, runRule } from './build-doc';

const library = [
  evidence('interview', 'interview'),
  evidence('survey', 'survey'),
  evidence('analytics', 'analytics'),
  evidence('tickets', 'support'),
];

function opportunityLinking(evidenceIds: string[] | undefined) {
  return buildDoc(outcome([{ kind: 'opportunity', id: 'opp', title: 'Lessons feel too long', evidenceIds }]), library);
}

describe('evidence-second-hand-only', () => {
  it('flags an opportunity backed only by a survey, analytics and tickets', () => {
    const hits = runRule(rule, opportunityLinking(['survey', 'analytics', 'tickets']));
    expect(hits.map((hit) => hit.nodeId)).toEqual(['opp']);
    expect(hits[0]?.message).toBe(
      '“Lessons feel too long” rests on second-hand evidence only. Hear or see it yourself: link an interview, observation or usability test.',
    );
    expect(hits[0]?.fix).toEqual({ kind: 'link-evidence', label: 'Link evidence…', nodeId: 'opp' });
  });

  it('passes when one linked item is first-hand', () => {
    expect(runRule(rule, opportunityLinking(['survey', 'interview']))).toEqual([]);
  });

  it('leaves an opportunity with no evidence alone (nothing second-hand about it)', () => {
    expect(runRule(rule, opportunityLinking(undefined))).toEqual([]);
    expect(runRule(rule, opportunityLinking([]))).toEqual([]);
  });

  it('ignores links to deleted evidence', () => {
    expect(runRule(rule, opportunityLinking(['gone']))).toEqual([]);
  });

  it('goes by the firstHand flag, not the kind', () => {
    const doc = opportunityLinking(['relayed']);
    doc.evidence['relayed'] = evidence('relayed', 'interview', { firstHand: false, summary: 'Sales call notes from a colleague' });
    expect(runRule(rule, doc).map((hit) => hit.nodeId)).toEqual(['opp']);
  });
});
