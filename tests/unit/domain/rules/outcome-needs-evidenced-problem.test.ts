import { describe, expect, it } from 'vitest';
import { outcomeNeedsEvidencedProblem as rule } from '../../../../src/domain/rules/outcome-needs-evidenced-problem';
import { buildDoc, evidence, outcome, runRule, type NodeSpec } from './build-doc';

const interview = evidence('interview', 'interview');
const observation = evidence('observation', 'observation');
const survey = evidence('survey', 'survey');
const analytics = evidence('analytics', 'analytics');
const library = [interview, observation, survey, analytics];

function tree(children: NodeSpec[]) {
  return buildDoc(outcome(children), library);
}

describe('outcome-needs-evidenced-problem', () => {
  it.each([
    ['an interview', ['interview']],
    ['an observation', ['observation']],
    ['first-hand among second-hand items', ['survey', 'interview']],
  ])('passes when an opportunity right under the outcome has %s', (_what, links) => {
    expect(runRule(rule, tree([{ kind: 'opportunity', evidenceIds: links }]))).toEqual([]);
  });

  it('passes when the evidenced opportunity sits deep below the outcome', () => {
    const deep: NodeSpec = {
      kind: 'opportunity',
      children: [{ kind: 'opportunity', children: [{ kind: 'opportunity', evidenceIds: ['interview'] }] }],
    };
    expect(runRule(rule, tree([{ kind: 'opportunity' }, deep]))).toEqual([]);
  });

  it('flags an outcome whose opportunities have only second-hand evidence, offering to link evidence to the target', () => {
    const hits = runRule(
      rule,
      tree([
        { kind: 'opportunity', id: 'first', evidenceIds: ['survey'] },
        { kind: 'opportunity', id: 'target', target: true, evidenceIds: ['analytics'] },
      ]),
    );
    expect(hits.map((hit) => hit.nodeId)).toEqual(['outcome']);
    expect(hits[0]?.message).toContain('No opportunity under the outcome “More learners complete a 7-day streak” has first-hand evidence yet.');
    expect(hits[0]?.fix).toEqual({ kind: 'link-evidence', label: 'Link evidence…', nodeId: 'target' });
  });

  it('offers the first opportunity when there is no target', () => {
    const hits = runRule(rule, tree([{ kind: 'opportunity', id: 'first' }, { kind: 'opportunity', id: 'second' }]));
    expect(hits[0]?.fix?.nodeId).toBe('first');
  });

  it('flags an outcome with no opportunity at all and offers to add one', () => {
    const hits = runRule(rule, tree([]));
    expect(hits[0]?.message).toContain('has no opportunity under it yet');
    expect(hits[0]?.fix).toEqual({ kind: 'add-opportunity', label: 'Add an opportunity', nodeId: 'outcome' });
  });

  it('does not count first-hand evidence on a solution', () => {
    const hits = runRule(rule, tree([{ kind: 'opportunity', children: [{ kind: 'solution', evidenceIds: ['interview'] }] }]));
    expect(hits.map((hit) => hit.nodeId)).toEqual(['outcome']);
  });

  it('judges each root outcome by its own subtree', () => {
    const doc = buildDoc(
      [
        outcome([{ kind: 'opportunity', evidenceIds: ['interview'] }], { id: 'grounded' }),
        outcome([{ kind: 'opportunity', evidenceIds: ['survey'] }], { id: 'floating' }),
      ],
      library,
    );
    expect(runRule(rule, doc).map((hit) => hit.nodeId)).toEqual(['floating']);
  });
});
