// A vanity metric counts reach — how many people arrived — not what they then do: downloads,
// installs, sign-ups, page views, followers. An actionable one measures behaviour: "learners who
// finish a 7-day streak", "teams that send 2,000 messages in their first week". A reach word
// qualified by behaviour ("sign-ups who complete onboarding", "visit-to-booking conversion") is
// actionable again. To teach it a new word, add it to a list below.

/** Reach counts, as written in a metric's name (matched as whole words, any case). */
const REACH_TERMS: readonly string[] = [
  'downloads', 'download count', 'number of downloads', 'app downloads',
  'installs', 'installations',
  'sign-ups', 'signups', 'sign ups',
  'registrations', 'registered users', 'new accounts',
  'page views', 'pageviews', 'page-views', 'views',
  'visits', 'visitors', 'sessions started',
  'impressions',
  'followers',
  'likes',
  'total users', 'number of users', 'user count', 'total accounts', 'total sign-ups',
  'app store rating', 'press mentions',
];

/** Words that turn a reach count into behaviour: who then did something, or a rate of it. */
const BEHAVIOUR_QUALIFIERS: readonly string[] = [
  'who', 'that', 'which', 'whose', 'rate', 'ratio', 'conversion', 'converted', 'converting', 'share of',
  'percent of', 'percentage of', 'retained', 'retention', 'activated', 'activation', 'complete', 'completed', 'completing',
  'finish', 'finished', 'finishing', 'returning', 'repeat', 'to booking', 'to purchase', 'to order',
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordPattern(terms: readonly string[]): RegExp {
  // Whole words: letters or digits may not touch either end ("reviews" does not contain "views").
  const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`, 'iu');
}

const REACH = wordPattern(REACH_TERMS);
const QUALIFIED = wordPattern(BEHAVIOUR_QUALIFIERS);

/**
 * The reach term a key result's name counts (as written), or null when it measures behaviour —
 * including a reach count qualified by what people then did ("sign-ups who complete a lesson").
 */
export function vanityTerm(name: string): string | null {
  const oneLine = name.replace(/\s+/g, ' ');
  const match = REACH.exec(oneLine);
  if (!match) return null;
  if (QUALIFIED.test(oneLine) || /%\s*of(?![\p{L}])/iu.test(oneLine)) return null;
  return match[1] ?? null;
}
