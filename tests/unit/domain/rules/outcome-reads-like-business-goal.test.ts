import { describe, expect, it } from 'vitest';
import { businessGoalPhrase } from '../../../../src/domain/rules/business-goal-phrasing';
import { outcomeReadsLikeBusinessGoal as rule } from '../../../../src/domain/rules/outcome-reads-like-business-goal';
import { buildDoc, outcome, runRule } from './build-doc';

function outcomeTitled(title: string) {
  return buildDoc(outcome([], { title }));
}

describe('outcome-reads-like-business-goal', () => {
  it.each([
    // The method's own examples of outcomes that only restate a business goal.
    'Users buy more tickets',
    'Customers use more integrations',
    'Returning shoppers add more items to their basket',
    // More phrasings of the same wish.
    'More customers upgrade to the premium plan',
    'Users spend more time in the app',
    'Free users convert to paid',
    'Readers subscribe to the newsletter',
    'Customers pay for the pro plan',
    'Get users to buy more',
    'Make customers use the dashboard',
    'Drive shoppers to purchase add-ons',
    'Our users will order more often',
    'Players watch more ads',
    'Members renew their membership',
    'Customers also use it more frequently',
    'Guests book more nights',
    'Users click more banners',
    'Teams adopt more features',
  ])('flags “%s”', (title) => {
    expect(runRule(rule, outcomeTitled(title)).map((hit) => hit.nodeId)).toEqual(['outcome']);
  });

  it.each([
    // The method's examples of flipped user problems.
    'More learners finish a 7-day streak',
    'Shoppers find the right size on the first try',
    'Teams reuse a template within their first week',
    // More of them, including verbs the business list holds, used without asking for "more".
    'More teams invite a colleague in their first week',
    'Users spend less time searching for a size',
    'Customers use the app without calling support',
    'Learners practise more often on weekdays',
    'Fewer travellers miss their connection',
    'New users reach their first insight within a day',
    'Shoppers add the right item on the first try',
    'Patients book an appointment in under two minutes',
    'Reduce the time to a first booking from 12 minutes to 8',
    'Increase the share of learners who complete a 7-day streak from 22% to 30%',
    'Sellers know what to charge before they list',
    'Use of the app drops on weekends',
    '',
  ])('passes “%s”', (title) => {
    expect(runRule(rule, outcomeTitled(title))).toEqual([]);
  });

  it('quotes the words that restate the goal and offers to flip the title', () => {
    const [hit] = runRule(rule, outcomeTitled('Returning shoppers add more items to their basket'));
    expect(hit?.message).toMatch(/^The outcome “Returning shoppers add more items to th…” states what the company wants people to do \(“shoppers add more”\)\./);
    expect(hit?.message).toContain('how would people whose problem got solved behave?');
    expect(hit?.fix).toEqual({ kind: 'edit-title', label: 'Flip it into user behaviour', nodeId: 'outcome' });
  });

  it('does not look at opportunities', () => {
    expect(runRule(rule, buildDoc(outcome([{ kind: 'opportunity', title: 'Users buy more tickets' }])))).toEqual([]);
  });

  it('reads case and punctuation loosely', () => {
    expect(businessGoalPhrase('USERS BUY MORE!')).toBe('users buy more');
    expect(businessGoalPhrase('“Customers” use… more integrations')).toBe('customers use more');
  });
});
