import { describe, expect, it } from 'vitest';
import { outcomeReadsLikeOutput as rule } from '../../../../src/domain/rules/outcome-reads-like-output';
import { buildDoc, outcome, runRule } from './build-doc';

function outcomeTitled(title: string) {
  return buildDoc(outcome([], { title }));
}

describe('outcome-reads-like-output', () => {
  it.each(['Launch the new onboarding', 'Build a leaderboard', 'Ship v2 of the app', 'Roll out streak freezes'])(
    'flags the outcome “%s”',
    (title) => {
      expect(runRule(rule, outcomeTitled(title)).map((hit) => hit.nodeId)).toEqual(['outcome']);
    },
  );

  it.each([
    'Increase the share of learners who complete a 7-day streak from 22% to 30%',
    'More learners complete a 7-day streak',
    'Reduce weekly churn of new learners',
  ])('passes the outcome “%s”', (title) => {
    expect(runRule(rule, outcomeTitled(title))).toEqual([]);
  });

  it('quotes the opening and offers to rephrase the title', () => {
    const [hit] = runRule(rule, outcomeTitled('Roll out streak freezes'));
    expect(hit?.message).toMatch(/^The outcome “Roll out streak freezes” reads like something to ship \(“Roll out…”\)\./);
    expect(hit?.fix).toEqual({ kind: 'edit-title', label: 'Rephrase the outcome', nodeId: 'outcome' });
  });

  it('does not look at opportunities', () => {
    const doc = buildDoc(outcome([{ kind: 'opportunity', title: 'Launch the new onboarding' }]));
    expect(runRule(rule, doc)).toEqual([]);
  });
});
