/** A short message shown to the user, e.g. why a move was refused. */
export interface Notice {
  id: number;
  tone: 'info' | 'refused' | 'error';
  message: string;
}

let nextNoticeId = 1;

export function makeNotice(tone: Notice['tone'], message: string): Notice {
  return { id: nextNoticeId++, tone, message };
}
