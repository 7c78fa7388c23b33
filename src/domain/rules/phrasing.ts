// Heuristics for titles that read like something to ship rather than a result or a customer need.
// They look only at how a title opens: an imperative verb ("Add…", "Roll out…") at the start, or
// after a team-voice lead-in ("Let's add…"). A gerund ("Building a habit feels hard") or a first-
// person need ("I want to show off my progress") does not open with an imperative, so it passes.
// To teach them a new word, add an entry to a list below.

/** An imperative opening. `unlessNext`: words that, right after it, make it a noun ("give up"). */
export interface Opening {
  readonly words: string;
  readonly unlessNext?: readonly string[];
}

/** Verbs of shipping something: an outcome that opens with one describes an output. */
export const OUTPUT_OPENINGS: readonly Opening[] = [
  { words: 'launch' },
  { words: 'build' },
  { words: 'ship' },
  { words: 'release' },
  { words: 'implement' },
  { words: 'create' },
  { words: 'add' },
  { words: 'develop' },
  { words: 'redesign' },
  { words: 'roll out' },
  { words: 'migrate' },
  { words: 'integrate' },
  { words: 'deliver' },
  { words: 'introduce' },
  { words: 'deploy' },
  { words: 'publish' },
  { words: 'rebuild' },
  { words: 'rewrite' },
  { words: 'refactor' },
  { words: 'go live' },
  { words: 'set up' },
  { words: 'install' },
  { words: 'upgrade' },
  { words: 'replace' },
];

/** Openings of a feature or an action: an opportunity that opens with one names a solution. */
export const SOLUTION_OPENINGS: readonly Opening[] = [
  ...OUTPUT_OPENINGS,
  { words: 'offer' },
  { words: 'provide' },
  { words: 'send' },
  { words: 'show', unlessNext: ['up'] },
  { words: 'display' },
  { words: 'enable' },
  { words: 'allow' },
  { words: 'use' },
  { words: 'make a' },
  { words: 'make an' },
  { words: 'make the' },
  { words: 'make it' },
  { words: 'let users' },
  { words: 'let people' },
  { words: 'let customers' },
  { words: 'let learners' },
  { words: 'let them' },
  { words: 'give', unlessNext: ['up'] },
  { words: 'remind' },
  { words: 'notify' },
  { words: 'reward' },
  { words: 'gamify' },
  { words: 'personalise' },
  { words: 'personalize' },
  { words: 'automate' },
  { words: 'shorten' },
  { words: 'simplify' },
];

/** Team-voice lead-ins skipped before looking for the verb: "Let's add…", "We should build…". */
export const TEAM_LEAD_INS: readonly string[] = ["let's", 'lets', 'let us', 'we should', 'we could'];

// A finite verb soon after a one-word opening shows it was a noun subject: "Release notes are
// hard to find", "Build times have doubled". A clause word first ("Send reminders that are…")
// means the opening was the verb after all.
const FINITE_VERBS = new Set([
  'is', 'are', 'was', 'were', "isn't", "aren't", "wasn't", "weren't",
  'has', 'have', 'had', "hasn't", "haven't",
  'feel', 'feels', 'felt', 'seem', 'seems', 'seemed', 'look', 'looks', 'take', 'takes', 'took',
  'get', 'gets', 'got', 'keep', 'keeps', 'kept',
  'do', 'does', 'did', "don't", "doesn't", "didn't", "can't", 'cannot', "won't",
  'can', 'could', 'should', 'will', 'would', 'must', 'might', 'may', 'never', 'always', 'often', 'rarely',
]);
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whose', 'where', 'when', 'if', 'so', 'because', 'to', 'for', 'and', 'or']);
const SUBJECT_WINDOW = 3;

/** Words of a title as written, punctuation at their edges dropped; at most `limit` of them. */
function rawWords(title: string, limit?: number): string[] {
  const words: string[] = [];
  const pieces = limit === undefined ? title.trim().split(/\s+/) : title.trim().split(/\s+/, limit);
  for (const piece of pieces) {
    const word = piece.replace(EDGE_PUNCTUATION, '');
    if (word !== '') words.push(word);
  }
  return words;
}

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
// Lead-in, opening and the noun-subject window all sit within the first few words.
const WORDS_LOOKED_AT = 10;

function normalise(word: string): string {
  return word.toLowerCase().replace(/[‘’]/g, "'");
}

/** Lower-cased words of a title; punctuation at word edges dropped, inner hyphens and apostrophes kept. */
export function titleWords(title: string, limit?: number): string[] {
  return rawWords(title, limit).map(normalise);
}

function startsWith(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > words.length) return false;
  return phrase.every((word, offset) => words[at + offset] === word);
}

function readsAsNounSubject(words: readonly string[], after: number): boolean {
  if (words[after] === 'of') return true; // "Use of the app drops on weekends"
  for (let at = after; at < Math.min(words.length, after + SUBJECT_WINDOW); at++) {
    const word = words[at] ?? '';
    if (CLAUSE_WORDS.has(word)) return false;
    if (FINITE_VERBS.has(word)) return true;
  }
  return false;
}

interface SplitOpening {
  phrase: readonly string[];
  unlessNext: readonly string[];
}

const LEAD_IN_PHRASES = TEAM_LEAD_INS.map((leadIn) => leadIn.split(' '));

// Openings split into words and grouped by first word, once per list: titles are checked on every edit.
const splitCache = new WeakMap<readonly Opening[], Map<string, SplitOpening[]>>();

function byFirstWord(openings: readonly Opening[]): Map<string, SplitOpening[]> {
  const cached = splitCache.get(openings);
  if (cached) return cached;
  const grouped = new Map<string, SplitOpening[]>();
  for (const opening of openings) {
    const phrase = opening.words.split(' ');
    const entry = { phrase, unlessNext: opening.unlessNext ?? [] };
    const group = grouped.get(phrase[0] ?? '');
    if (group) group.push(entry);
    else grouped.set(phrase[0] ?? '', [entry]);
  }
  splitCache.set(openings, grouped);
  return grouped;
}

/**
 * The imperative opening a title starts with, in the title's own spelling (e.g. "Roll out"), or
 * null when it opens some other way.
 */
export function imperativeOpening(title: string, openings: readonly Opening[]): string | null {
  const original = rawWords(title, WORDS_LOOKED_AT);
  const words = original.map(normalise);
  const leadIn = LEAD_IN_PHRASES.find((phrase) => startsWith(words, 0, phrase));
  const start = leadIn ? leadIn.length : 0;
  for (const { phrase, unlessNext } of byFirstWord(openings).get(words[start] ?? '') ?? []) {
    if (!startsWith(words, start, phrase)) continue;
    const after = start + phrase.length;
    const next = words[after];
    if (next !== undefined && unlessNext.includes(next)) continue;
    // Only a lone verb can double as a noun; "roll out" or "let users" cannot.
    if (phrase.length === 1 && readsAsNounSubject(words, after)) continue;
    return original.slice(start, after).join(' ');
  }
  return null;
}
