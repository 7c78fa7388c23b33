import { describe, expect, it } from 'vitest';
import { solutionNeedsEvidencedProblem as rule } from '../../../../src/domain/rules/solution-needs-evidenced-problem';
import { buildDoc, evidence, hitNodeIds, outcome, runRule } from './build-doc';

const interview = evidence('e-interview', 'interview');
const survey = evidence('e-survey', 'survey');

function treeWith(opportunityEvidence: string[] | undefined, solutionStatus: 'idea' | 'discarded' = 'idea') {
  return buildDoc(
    outcome([
      {
        kind: 'opportunity',
        id: 'opp',
        title: 'Learners forget to practise in the evening',
        evidenceIds: opportunityEvidence,
        children: [{ kind: 'solution', id: 'sol', title: 'Evening reminder', status: solutionStatus }],
      },
    ]),
    [interview, survey],
  );
}

describe('solution-needs-evidenced-problem', () => {
  it('flags a solution whose opportunity links no evidence', () => {
    expect(hitNodeIds(rule, treeWith(undefined))).toEqual(['sol']);
  });

  it('flags a solution whose opportunity has second-hand evidence only', () => {
    expect(hitNodeIds(rule, treeWith(['e-survey']))).toEqual(['sol']);
  });

  it('passes a solution whose opportunity links an interview', () => {
    expect(runRule(rule, treeWith(['e-survey', 'e-interview']))).toEqual([]);
  });

  it('does not count a link to evidence that no longer exists', () => {
    expect(hitNodeIds(rule, treeWith(['e-deleted']))).toEqual(['sol']);
  });

  it('does not count first-hand evidence linked to the solution itself', () => {
    const doc = treeWith(undefined);
    doc.nodes['sol'] = { ...doc.nodes['sol']!, evidenceIds: ['e-interview'] };
    expect(hitNodeIds(rule, doc)).toEqual(['sol']);
  });

  it('counts an "other" item marked first-hand', () => {
    const doc = treeWith(['e-other']);
    doc.evidence['e-other'] = evidence('e-other', 'other', { firstHand: true });
    expect(runRule(rule, doc)).toEqual([]);
  });

  it('skips a discarded solution', () => {
    expect(runRule(rule, treeWith(undefined, 'discarded'))).toEqual([]);
  });

  it('leaves a solution under the outcome to structure-parent-kind', () => {
    const doc = buildDoc(outcome([{ kind: 'solution', id: 'sol' }]));
    expect(runRule(rule, doc)).toEqual([]);
  });

  it('tells the user to link first-hand evidence to the opportunity, and offers that fix', () => {
    const [hit] = runRule(rule, treeWith(undefined));
    expect(hit?.message).toBe(
      'Link first-hand evidence (an interview, observation or usability test) to “Learners forget to practise in the even…” before building solutions for it.',
    );
    expect(hit?.fix).toEqual({ kind: 'link-evidence', label: 'Link evidence…', nodeId: 'opp' });
  });

  it('flags each solution under the same unevidenced opportunity', () => {
    const doc = buildDoc(
      outcome([
        {
          kind: 'opportunity',
          children: [
            { kind: 'solution', id: 's1' },
            { kind: 'solution', id: 's2' },
          ],
        },
      ]),
    );
    expect(hitNodeIds(rule, doc)).toEqual(['s1', 's2']);
  });
});
