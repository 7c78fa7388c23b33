import { describe, expect, it } from 'vitest';
import { metricReadsLikeVanity as rule } from '../../../../src/domain/rules/metric-reads-like-vanity';
import { vanityTerm } from '../../../../src/domain/rules/vanity-phrasing';
import { buildDoc, outcome, runRule } from './build-doc';

function withKeyResultNamed(...names: string[]) {
  return buildDoc(outcome([], { keyResults: names.map((name, index) => ({ id: `kr-${index}`, name, baseline: 1, target: 2, deadline: '2027-01-01' })) }));
}

describe('metric-reads-like-vanity', () => {
  it.each([
    ['App downloads', 'app downloads'],
    ['Installs per month', 'installs'],
    ['Sign-ups', 'sign-ups'],
    ['Weekly signups', 'signups'],
    ['New registrations', 'registrations'],
    ['Page views on the blog', 'page views'],
    ['Pageviews', 'pageviews'],
    ['Visits to the pricing page', 'visits'],
    ['Monthly unique visitors', 'visitors'],
    ['Ad impressions', 'impressions'],
    ['Instagram followers', 'followers'],
    ['Likes on posts', 'likes'],
    ['Total users', 'total users'],
    ['50 million downloads', 'downloads'],
  ])('flags “%s”, naming “%s”', (name, term) => {
    const hits = runRule(rule, withKeyResultNamed(name));
    expect(hits.map((hit) => hit.nodeId)).toEqual(['outcome']);
    expect(vanityTerm(name)?.toLowerCase()).toBe(term);
    expect(hits[0]?.fix).toEqual({ kind: 'rename-key-result', label: 'Measure behaviour instead', nodeId: 'outcome', keyResultId: 'kr-0' });
  });

  it.each([
    'weekly active learners who finish a lesson',
    'Learners who finish a 7-day streak',
    'Teams that send 2,000 messages in their first week',
    'Sign-ups who complete onboarding',
    'Visit-to-booking conversion rate',
    'Share of visitors who book within a week',
    '% of installs that are still active on day 30',
    'Minutes to a first booking',
    'Drop-off from search to booking',
    'Product reviews written per order',
    'Overviews opened by managers',
    'Repeat purchases within 30 days',
  ])('passes “%s”', (name) => {
    expect(runRule(rule, withKeyResultNamed(name))).toEqual([]);
  });

  it('reports each vanity key result of an outcome on its own', () => {
    const hits = runRule(rule, withKeyResultNamed('Downloads', 'Learners who finish a lesson', 'Followers'));
    expect(hits.map((hit) => hit.fix?.keyResultId)).toEqual(['kr-0', 'kr-2']);
    expect(hits[0]?.message).toBe(
      'The key result “Downloads” of the outcome “More learners complete a 7-day streak” counts reach (“Downloads”), not behaviour. Measure what people do once they arrive, e.g. “learners who finish a 7-day streak”.',
    );
  });
});
