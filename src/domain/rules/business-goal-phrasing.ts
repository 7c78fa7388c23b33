import { titleWords } from './phrasing';

// An outcome that restates a business goal names the people served and then what the company
// wants them to do: buy, use, add, spend, upgrade… more. "Users buy more tickets", "Customers use
// more integrations", "Returning shoppers add more items to their basket". A flipped user problem
// names what people whose problem got solved would do: "More learners finish a 7-day streak",
// "Shoppers find the right size on the first try" — the verb is theirs, not the company's.
// To teach the heuristic a new word, add it to a list below.

/** Who the outcome is about: the people served (singular and plural). */
const PEOPLE = new Set([
  'user', 'users', 'customer', 'customers', 'shopper', 'shoppers', 'buyer', 'buyers', 'client', 'clients',
  'visitor', 'visitors', 'member', 'members', 'subscriber', 'subscribers', 'player', 'players',
  'reader', 'readers', 'viewer', 'viewers', 'listener', 'listeners', 'people', 'person', 'guest', 'guests',
  'traveller', 'travellers', 'traveler', 'travelers', 'learner', 'learners', 'student', 'students',
  'team', 'teams', 'account', 'accounts', 'merchant', 'merchants', 'seller', 'sellers', 'patient', 'patients',
  'driver', 'drivers', 'rider', 'riders', 'owner', 'owners', 'admin', 'admins', 'developer', 'developers',
  'company', 'companies', 'business', 'businesses', 'household', 'households', 'family', 'families',
  'fan', 'fans', 'donor', 'donors', 'diner', 'diners', 'tenant', 'tenants', 'employee', 'employees',
]);

/** Words that may stand between the start and the people: "More returning shoppers…", "Our new users…". */
const LEAD_WORDS = new Set([
  'more', 'our', 'the', 'all', 'every', 'each', 'existing', 'returning', 'new', 'active', 'loyal', 'paying',
  'free', 'trial', 'premium', 'first-time', 'repeat', 'mobile', 'web', 'enterprise', 'small', 'big', 'large',
  'b2b', 'b2c', 'app', 'online', 'current', 'potential', 'registered', 'casual', 'frequent', 'regular',
]);

/** Words between the people and the verb that change nothing: "Users will buy", "Customers also use". */
const FILLER = new Set(['will', 'would', 'should', 'also', 'now', 'then', 'actually', 'finally', 'again', 'to']);

/** The company's wish whatever follows: paying, subscribing, upgrading. */
const ALWAYS_BUSINESS = new Set([
  'upgrade', 'upgrades', 'subscribe', 'subscribes', 'renew', 'renews', 'convert', 'converts',
  'purchase', 'purchases', 'monetise', 'monetize',
]);

/** The company's wish when it asks for more of it: "buy more", "use more", "add more items". */
const BUSINESS_WITH_MORE = new Set([
  'buy', 'buys', 'use', 'uses', 'add', 'adds', 'order', 'orders', 'book', 'books', 'click', 'clicks',
  'visit', 'visits', 'engage', 'engages', 'watch', 'watches', 'view', 'views', 'consume', 'consumes',
  'download', 'downloads', 'install', 'installs', 'adopt', 'adopts', 'shop', 'shops', 'open', 'opens',
  'share', 'shares', 'stream', 'streams', 'play', 'plays', 'try', 'tries', 'interact', 'interacts',
  // "Users spend less time searching" is a solved problem; "spend more" is the company's wish.
  'spend', 'spends', 'pay', 'pays',
]);

/** How "more" is asked for right after the verb: "buy more", "use it more often", "stay longer". */
const MORE_WORDS = new Set(['more', 'longer', 'often', 'frequently', 'extra', 'additional', 'bigger', 'larger']);
const MORE_WINDOW = 4;

/** Openings that make users do something: "Get users to buy more", "Drive customers to upgrade". */
const PUSH_OPENINGS = new Set(['get', 'make', 'drive', 'push', 'encourage', 'persuade', 'convince', 'nudge', 'entice', 'have']);

/**
 * The words that make an outcome title read as a business goal ("users buy more"), quoted as
 * written but lower-cased, or null when it reads as a change in the behaviour of people whose
 * problem got solved. Looks only at the title's first dozen words.
 */
export function businessGoalPhrase(title: string): string | null {
  const words = titleWords(title, 14);
  let at = 0;
  const pushed = PUSH_OPENINGS.has(words[0] ?? '');
  if (pushed) at = 1;
  while (at < words.length && LEAD_WORDS.has(words[at] ?? '') && !PEOPLE.has(words[at] ?? '')) at++;
  if (!PEOPLE.has(words[at] ?? '')) return null;
  const subjectAt = at;
  at++;
  while (at < words.length && FILLER.has(words[at] ?? '')) at++;
  const verb = words[at] ?? '';
  if (ALWAYS_BUSINESS.has(verb)) return words.slice(subjectAt, at + 1).join(' ');
  if (!BUSINESS_WITH_MORE.has(verb)) return null;
  if (pushed) return words.slice(subjectAt, at + 1).join(' ');
  // "Customers pay for premium": paying for the product is the company's wish.
  if ((verb === 'pay' || verb === 'pays') && words[at + 1] === 'for') return words.slice(subjectAt, at + 2).join(' ');
  for (let next = at + 1; next < Math.min(words.length, at + 1 + MORE_WINDOW); next++) {
    if (MORE_WORDS.has(words[next] ?? '')) return words.slice(subjectAt, next + 1).join(' ');
  }
  return null;
}
