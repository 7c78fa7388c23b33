/** What a voting key asks for; see VOTE_KEY_HELP for the keys. */
export type VoteKeyCommand = 'start' | 'place-dot' | 'take-back' | 'next-voter' | 'reveal';

export interface VoteKeyInput {
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

// Alt+key, matched on the physical key (`code`): on a Mac, Alt+letter types a symbol as `key`,
// and no Alt combination starts typing a title on the canvas. Alt+. is "a dot"; Alt+, takes one
// back. (Alt+= and Alt+- are the text size; other Alt letters belong to adding nodes and views.)
const ALT_CODES: Record<string, VoteKeyCommand> = {
  KeyV: 'start',
  Period: 'place-dot',
  Comma: 'take-back',
  KeyN: 'next-voter',
  KeyR: 'reveal',
};

/** Maps a key press to a voting command, or null when it is not a voting key. */
export function voteCommandForKey(input: VoteKeyInput): VoteKeyCommand | null {
  if (!input.altKey || input.ctrlKey || input.metaKey) return null;
  return ALT_CODES[input.code] ?? null;
}

/** The voting keys as the help dialog and README list them. */
export const VOTE_KEY_HELP: ReadonlyArray<readonly [keys: string, action: string]> = [
  ['Alt+V', 'Start a dot-voting round on the selected node’s children'],
  ['Alt+. (full stop)', 'During a round: put one of your dots on the selected node (or click it)'],
  ['Alt+, (comma)', 'During a round: take one of your dots back from the selected node (or Shift+click it)'],
  ['Alt+N', 'During a round: pass to the next voter'],
  ['Alt+R', 'During a round: reveal the dots'],
];
