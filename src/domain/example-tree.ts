// The tree that greets a new user. It teaches the method by example: an outcome with an objective
// and two key results (one up, one down) checked in for a few weeks,
// opportunities phrased as customer needs, one target with several solutions to compare, assumption
// tests with success criteria, and an evidence library. It is deliberately not spotless: a few
// findings (pinned in tests/unit/domain/example-tree.test.ts) show what the validator asks for.
import { DEFAULT_STATUS } from './kinds';
import { newId } from './ids';
import { initialRanks } from './operations/ranks';
import { dateOfDay, dayNumber, localToday } from './key-results/calendar-date';
import type { Evidence, KeyResult, OstNode, TreeDoc } from './types';

type EvidenceKey = 'maya' | 'tom' | 'cafe' | 'lessonTest' | 'priya' | 'survey' | 'analytics' | 'tickets';

type ExampleNode = Partial<Omit<OstNode, 'id' | 'parentId' | 'rank' | 'evidenceIds'>> &
  Pick<OstNode, 'kind' | 'title'> & { evidence?: EvidenceKey[]; children?: ExampleNode[] };

const EVIDENCE: Record<EvidenceKey, Omit<Evidence, 'id'>> = {
  maya: {
    kind: 'interview',
    firstHand: true,
    summary: 'Maya (34, nurse on shifts) practises on the bus to work; on days off there is no trigger and she forgets.',
    quote: "On my days off there's no bus ride, so there's no Spanish either.",
    source: 'Customer interview, learner for 9 months',
    date: '2026-09-14',
  },
  tom: {
    kind: 'interview',
    firstHand: true,
    summary: 'Tom (41, two children) sees the 6 pm reminder during dinner, dismisses it and remembers at 11 pm.',
    quote: "I swipe the reminder away at six, and then suddenly it's midnight.",
    source: 'Customer interview, learner for 3 months',
    date: '2026-09-17',
  },
  cafe: {
    kind: 'observation',
    firstHand: true,
    summary: 'Watched 5 learners clear their lock screen: our reminder sat among 20+ notifications; 4 of 5 cleared it unread.',
    source: 'Field observation in a café, Lisbon',
    date: '2026-10-02',
  },
  lessonTest: {
    kind: 'usability-test',
    firstHand: true,
    summary: 'Asked to stop after 5 minutes, 4 of 6 participants abandoned a 12-minute lesson; they looked for a way to save and resume.',
    quote: "If I stop now, do I lose everything I've done?",
    source: 'Remote usability sessions, round 3 (6 participants)',
    date: '2026-10-09',
  },
  priya: {
    kind: 'interview',
    firstHand: true,
    summary: 'Priya (27) lost a 40-day streak while ill; seeing the counter at 0 made her stop for two weeks.',
    quote: 'Seeing zero after forty days — I just deleted the widget.',
    source: 'Customer interview, returning learner',
    date: '2026-09-21',
  },
  survey: {
    kind: 'survey',
    firstHand: false,
    summary: "In-app survey, 1,240 answers: 38% say they can't tell whether they are getting better.",
    source: 'In-app survey, September 2026',
    date: '2026-09-30',
  },
  analytics: {
    kind: 'analytics',
    firstHand: false,
    summary: '62% of broken streaks break on a day with no session before 8 pm; sessions after 9 pm are twice as often under 3 minutes.',
    source: 'Product analytics, streaks dashboard',
    date: '2026-10-05',
    url: 'https://analytics.example.com/dashboards/streaks',
  },
  tickets: {
    kind: 'support',
    firstHand: false,
    summary: '47 support tickets in Q3 ask us to restore a streak lost while travelling or ill.',
    source: 'Support desk, tag “streak-restore”',
    date: '2026-10-01',
  },
};

const OUTCOME: ExampleNode = {
  kind: 'outcome',
  title: 'More learners complete a 7-day practice streak',
  description: 'Learners who practise 7 days in a row are far more likely to still be learning after three months.',
  status: 'active',
  objective: 'Learning a language becomes a daily habit',
  businessGoal: 'Raise 12-month subscription renewals from 41 % to 50 %',
  children: [
    {
      kind: 'opportunity',
      title: "I forget to practise until it's too late in the day",
      status: 'exploring',
      evidence: ['maya', 'tom', 'analytics'],
      votes: 6,
      children: [
        { kind: 'opportunity', title: 'Evenings are busy with family', status: 'identified', evidence: ['tom'], votes: 2 },
        {
          kind: 'opportunity',
          title: "I don't notice reminders among other notifications",
          description: 'Our target for this quarter: small enough to solve, and it drives most evening misses.',
          status: 'exploring',
          target: true,
          evidence: ['cafe'],
          votes: 5,
          children: [
            {
              kind: 'solution',
              title: 'Remind me at the time I usually practise',
              status: 'validated',
              children: [
                {
                  kind: 'experiment',
                  title: 'Fake door: “Remind me at my usual time” in settings',
                  assumption: 'Learners want reminders timed to their own routine rather than a fixed hour.',
                  assumptionType: 'desirability',
                  successCriterion: 'At least 15% of learners who see the option turn it on within a week.',
                  status: 'passed',
                  result: '21% turned it on (n = 3,400); 64% still had it on two weeks later.',
                },
                {
                  kind: 'experiment',
                  title: 'Back-test: predict the usual practice time',
                  assumption: 'We can predict a learner’s usual practice time from their last 14 sessions.',
                  assumptionType: 'feasibility',
                  successCriterion: 'Prediction within ±1 hour for 80% of active learners.',
                  status: 'passed',
                  result: 'Within ±1 hour for 84% of 10,000 learners.',
                },
                {
                  kind: 'experiment',
                  title: 'A/B test: usual-time reminder vs fixed 7 pm',
                  assumption: 'A reminder at the usual time gets opened more often than one at 7 pm.',
                  assumptionType: 'usability',
                  successCriterion: 'Open rate at least 5 points higher than the 7 pm reminder.',
                  status: 'passed',
                },
              ],
            },
            { kind: 'solution', title: 'Streak widget on the lock screen', status: 'testing' },
            { kind: 'solution', title: 'Reminders written by a tutor character with a name', status: 'idea' },
            {
              kind: 'solution',
              title: 'One evening digest instead of separate notifications',
              status: 'discarded',
              children: [
                {
                  kind: 'experiment',
                  title: 'Prototype: digest notification with 5 learners',
                  assumption: 'Learners read one digest instead of swiping it away.',
                  assumptionType: 'usability',
                  successCriterion: '4 of 5 learners open the digest without prompting.',
                  status: 'failed',
                  result: '1 of 5 opened it; the others swiped it away with their other notifications.',
                },
              ],
            },
          ],
        },
      ],
    },
    {
      kind: 'opportunity',
      title: 'Lessons feel too long when I only have a few minutes',
      status: 'exploring',
      evidence: ['lessonTest', 'analytics'],
      votes: 4,
      children: [
        { kind: 'opportunity', title: 'I lose my place when I stop halfway through a lesson', evidence: ['lessonTest'] },
        {
          kind: 'solution',
          title: 'Split every lesson into 3-minute parts',
          description: 'Being built although its latest test failed: the finding on it shows what ignoring contradictory data looks like.',
          status: 'building',
          children: [
            {
              kind: 'experiment',
              title: 'Prototype: 3-minute parts with 6 learners',
              assumption: 'Learners finish more lessons when a lesson comes in 3-minute parts.',
              assumptionType: 'desirability',
              successCriterion: '4 of 6 learners finish two parts in a row without prompting.',
              status: 'failed',
              result: '1 of 6 did; the others wanted to resume where they stopped, not shorter parts.',
            },
          ],
        },
      ],
    },
    {
      kind: 'opportunity',
      title: 'Missing one day makes me want to give up',
      status: 'identified',
      evidence: ['priya'],
      votes: 3,
    },
    {
      kind: 'opportunity',
      title: "I don't feel I'm making progress",
      status: 'identified',
      evidence: ['survey'],
      votes: 1,
      children: [{ kind: 'solution', title: 'Weekly progress report with the words I learned', status: 'idea' }],
    },
  ],
};

/**
 * The outcome's key results, checked in over the four weeks before `today` (a day number) so the
 * example never opens with an overdue check-in; deadlines about seven and four months ahead.
 */
function exampleKeyResults(today: number): KeyResult[] {
  const day = (offset: number) => dateOfDay(today + offset);
  return [
    {
      id: 'kr-streak',
      name: 'Learners who complete a 7-day practice streak',
      baseline: 22,
      target: 30,
      unit: '%',
      direction: 'increase',
      deadline: day(212),
      checkIns: [
        { date: day(-28), value: 22.4 },
        { date: day(-21), value: 23.1 },
        { date: day(-14), value: 23 },
        { date: day(-7), value: 24.2, note: 'First week with reminders at the usual time for everyone.' },
      ],
    },
    {
      id: 'kr-start',
      name: 'Minutes from opening the app to starting a lesson',
      baseline: 4,
      target: 2,
      unit: 'min',
      direction: 'decrease',
      deadline: day(121),
      checkIns: [
        { date: day(-21), value: 3.8 },
        { date: day(-7), value: 3.1 },
      ],
    },
  ];
}

/** A new example tree with fresh ids, ready to store as the first tree a user sees. */
export function createExampleTree(now: string = new Date().toISOString()): TreeDoc {
  const evidenceIds = {} as Record<EvidenceKey, string>;
  const evidence: Record<string, Evidence> = {};
  for (const key of Object.keys(EVIDENCE) as EvidenceKey[]) {
    const id = newId();
    evidenceIds[key] = id;
    evidence[id] = { ...EVIDENCE[key], id };
  }
  const nodes: Record<string, OstNode> = {};
  const add = (specs: readonly ExampleNode[], parentId: string | null): void => {
    const ranks = initialRanks(specs.length);
    specs.forEach(({ children, evidence: keys, ...fields }, position) => {
      const id = newId();
      nodes[id] = {
        status: DEFAULT_STATUS[fields.kind],
        ...fields,
        id,
        parentId,
        rank: ranks[position] ?? '',
        ...(keys ? { evidenceIds: keys.map((key) => evidenceIds[key]) } : {}),
      };
      add(children ?? [], id);
    });
  };
  add([{ ...OUTCOME, keyResults: exampleKeyResults(dayNumber(now.slice(0, 10)) ?? dayNumber(localToday()) ?? 0) }], null);
  return {
    meta: { id: newId(), title: 'Example: Language-learning app streaks', createdAt: now, updatedAt: now, settings: { silencedRules: [] } },
    nodes,
    evidence,
  };
}
