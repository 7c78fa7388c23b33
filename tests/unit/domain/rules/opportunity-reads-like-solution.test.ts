import { describe, expect, it } from 'vitest';
import { opportunityReadsLikeSolution as rule } from '../../../../src/domain/rules/opportunity-reads-like-solution';
import { buildDoc, outcome, runRule } from './build-doc';

function opportunityTitled(title: string) {
  return buildDoc(outcome([{ kind: 'opportunity', id: 'opp', title }]));
}

describe('opportunity-reads-like-solution', () => {
  it.each(['Add streak reminders', 'Implement push notifications', 'Launch the new onboarding', 'Build a leaderboard', 'Ship v2 of the app'])(
    'flags the opportunity “%s”',
    (title) => {
      expect(runRule(rule, opportunityTitled(title)).map((hit) => hit.nodeId)).toEqual(['opp']);
    },
  );

  it.each([
    'Learners forget to practise in the evening',
    "I don't know which lesson to do next",
    'I want to show off my progress to friends',
    'Building a habit feels hard after a missed day',
  ])('passes the opportunity “%s”', (title) => {
    expect(runRule(rule, opportunityTitled(title))).toEqual([]);
  });

  it('flags nested opportunities too', () => {
    const doc = buildDoc(
      outcome([{ kind: 'opportunity', title: 'Evenings are busy', children: [{ kind: 'opportunity', id: 'sub', title: 'Send a reminder at 6 pm' }] }]),
    );
    expect(runRule(rule, doc).map((hit) => hit.nodeId)).toEqual(['sub']);
  });

  it('asks for the customer need and offers to rephrase', () => {
    const [hit] = runRule(rule, opportunityTitled('Add streak reminders'));
    expect(hit?.message).toBe(
      "“Add streak reminders” reads like a solution (“Add…”). Phrase it as the customer's need, pain or desire, in words they would use.",
    );
    expect(hit?.fix).toEqual({ kind: 'edit-title', label: 'Rephrase as a need', nodeId: 'opp' });
  });

  it('does not look at solutions, which are meant to read that way', () => {
    const doc = buildDoc(outcome([{ kind: 'opportunity', title: 'Evenings are busy', children: [{ kind: 'solution', title: 'Add streak reminders' }] }]));
    expect(runRule(rule, doc)).toEqual([]);
  });
});
