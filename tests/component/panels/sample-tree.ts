// The tree the panel tests work on: one opportunity backed by an interview, one backed by nothing.
import type { TreeDoc } from '../../../src/domain/types';
import { buildDoc, evidence, outcome } from '../../unit/domain/rules/build-doc';

export function sampleTree(): TreeDoc {
  return buildDoc(
    outcome([
      {
        kind: 'opportunity',
        id: 'opp-heard',
        title: 'I lose my streak when I travel',
        evidenceIds: ['ev-interview'],
        children: [{ kind: 'solution', id: 'sol-freeze', title: 'Streak freeze' }],
      },
      {
        kind: 'opportunity',
        id: 'opp-assumed',
        title: 'I forget to practise in the evening',
        children: [
          {
            kind: 'solution',
            id: 'sol-reminder',
            title: 'Evening reminder',
            status: 'testing',
            children: [{ kind: 'experiment', id: 'exp-reminder', title: 'Fake-door reminder', status: 'passed', successCriterion: '30 % opt in' }],
          },
        ],
      },
    ]),
    [
      evidence('ev-interview', 'interview', {
        summary: 'Dana lost a 40-day streak on holiday',
        quote: 'I just gave up after that',
        source: 'Dana, learner interview',
        url: 'https://research.example.com/dana',
      }),
      evidence('ev-survey', 'survey', {
        summary: 'Evening is the most common practice time',
        source: 'Spring survey',
        url: 'javascript:alert(document.cookie)',
      }),
    ],
  );
}
