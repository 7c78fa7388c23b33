import { describe, expect, it } from 'vitest';
import {
  imperativeOpening,
  OUTPUT_OPENINGS,
  SOLUTION_OPENINGS,
  titleWords,
} from '../../../../src/domain/rules/phrasing';

describe('imperativeOpening for outcomes (output verbs)', () => {
  it.each([
    ['Launch the new onboarding', 'Launch'],
    ['Build a leaderboard', 'Build'],
    ['Ship v2 of the app', 'Ship'],
    ['Release offline mode by March', 'Release'],
    ['Implement push notifications', 'Implement'],
    ['Roll out streak freezes to all markets', 'Roll out'],
    ['Migrate users to the new lesson engine', 'Migrate'],
    ['Redesign the home screen', 'Redesign'],
    ['  launch   the referral programme', 'launch'],
    ["Let's ship the Android widget", 'ship'],
    ['We should build a Slack integration', 'build'],
    ['Go live in Brazil', 'Go live'],
    ['Deliver the new pricing page', 'Deliver'],
  ])('flags “%s”', (title, opening) => {
    expect(imperativeOpening(title, OUTPUT_OPENINGS)).toBe(opening);
  });

  it.each([
    'Increase the share of learners who complete a 7-day streak from 22% to 30%',
    'More learners complete a 7-day streak',
    'Reduce weekly churn of new learners',
    'Grow weekly active learners to 50,000',
    'Learners practise on 4 days out of 7',
    'Launched features are used by 40% of learners',
    'Build times are under five minutes',
    'Release notes are read by half of active teams',
    'Shipping costs fall below 5% of revenue',
    'Additional revenue from annual plans reaches $1M',
    'Builders finish their first project in a week',
    '',
  ])('passes “%s”', (title) => {
    expect(imperativeOpening(title, OUTPUT_OPENINGS)).toBeNull();
  });
});

describe('imperativeOpening for opportunities (solution openings)', () => {
  it.each([
    ['Add streak reminders', 'Add'],
    ['Implement push notifications', 'Implement'],
    ['Launch the new onboarding', 'Launch'],
    ['Build a leaderboard', 'Build'],
    ['Ship v2 of the app', 'Ship'],
    ['Send a reminder at 7 pm', 'Send'],
    ['Show progress on the home screen', 'Show'],
    ['Offer a streak freeze', 'Offer'],
    ['Provide shorter lessons', 'Provide'],
    ['Enable offline lessons', 'Enable'],
    ['Allow users to pause their streak', 'Allow'],
    ['Let users pick their reminder time', 'Let users'],
    ['Let users keep their streak after one missed day', 'Let users'],
    ['Give learners a weekly summary', 'Give'],
    ['Make a widget for the lock screen', 'Make a'],
    ['Use push notifications instead of email', 'Use'],
    ['Integrate with Google Calendar', 'Integrate'],
    ['Redesign the lesson player', 'Redesign'],
    ['Send reminders that are personalised', 'Send'],
    ['Remind me to practise after dinner', 'Remind'],
    ['ADD A DARK MODE', 'ADD'],
    ['- Add streak reminders', 'Add'],
    ['“Add streak reminders”', 'Add'],
    ['Add: streak reminders', 'Add'],
    ["Let’s add a streak freeze", 'add'],
    ['Gamify the daily goal', 'Gamify'],
  ])('flags “%s”', (title, opening) => {
    expect(imperativeOpening(title, SOLUTION_OPENINGS)).toBe(opening);
  });

  it.each([
    'Learners forget to practise in the evening',
    "I don't know which lesson to do next",
    'I want to show off my progress to friends',
    'Building a habit feels hard after a missed day',
    "I forget to practise until it's too late in the day",
    'Lessons feel too long when I only have a few minutes',
    'Missing one day makes me want to give up',
    "I don't feel I'm making progress",
    'Adding a new language resets my daily goal',
    'Show-off features feel childish to me',
    'Showing my streak to friends feels awkward',
    'Release notes are hard to find',
    'Use of the app drops at weekends',
    'Display is too small on my phone',
    'Offers in the app feel pushy',
    'Build quality has dropped since the update',
    'Sending my progress to my teacher takes too many steps',
    'Users give up after the first week',
    'Give up when a lesson is too hard',
    'Show up for practice even when tired',
    'My reminders arrive while I am driving',
    'Evenings are busy with family',
    'Shipments of the printed workbook arrive late',
    'Addresses in my profile are wrong',
    'Launching a lesson takes 10 seconds',
    '',
    '   ',
  ])('passes “%s”', (title) => {
    expect(imperativeOpening(title, SOLUTION_OPENINGS)).toBeNull();
  });
});

describe('titleWords', () => {
  it('lower-cases, normalises curly apostrophes and keeps inner hyphens', () => {
    expect(titleWords('  Let’s add  an Add-on, now!')).toEqual(["let's", 'add', 'an', 'add-on', 'now']);
  });
});
