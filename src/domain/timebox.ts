/**
 * A workshop timebox as plain data: remaining time is computed from the wall clock when it is
 * read, never counted down by ticks, so a throttled background tab or a sleeping laptop still
 * shows the right time. All times are milliseconds (durations) or ms since the epoch (instants).
 */
export interface Timebox {
  /** The chosen length, restored by reset. */
  durationMs: number;
  /** `running` counts down from `remainingMs` since `startedAt`; `paused`/`idle` hold `remainingMs`. */
  status: 'idle' | 'running' | 'paused';
  /** Remaining time when the timer was last started or paused. */
  remainingMs: number;
  /** When the current run started (only while running). */
  startedAt?: number;
}

/** The preset lengths offered in one click, in minutes. */
export const TIMEBOX_PRESETS_MIN = [3, 5, 10, 15] as const;

/** Longest timebox accepted: three hours. */
export const MAX_TIMEBOX_MS = 3 * 60 * 60 * 1000;

/** A stopped timer of `durationMs`. */
export function newTimebox(durationMs = 5 * 60 * 1000): Timebox {
  return { durationMs, status: 'idle', remainingMs: durationMs };
}

/** Time left at `now` (never below 0). */
export function remainingAt(timebox: Timebox, now: number): number {
  if (timebox.status !== 'running' || timebox.startedAt === undefined) return timebox.remainingMs;
  return Math.max(0, timebox.remainingMs - Math.max(0, now - timebox.startedAt));
}

/** Whether the time is up: it was started and has reached 0. */
export function hasEnded(timebox: Timebox, now: number): boolean {
  return timebox.status !== 'idle' && remainingAt(timebox, now) === 0;
}

/** Starts or resumes counting down; starting a timer that has run out starts it afresh. */
export function startTimebox(timebox: Timebox, now: number): Timebox {
  if (timebox.status === 'running' && !hasEnded(timebox, now)) return timebox;
  const remainingMs = remainingAt(timebox, now) === 0 ? timebox.durationMs : remainingAt(timebox, now);
  return { ...timebox, status: 'running', remainingMs, startedAt: now };
}

/** Holds the remaining time. */
export function pauseTimebox(timebox: Timebox, now: number): Timebox {
  if (timebox.status !== 'running') return timebox;
  return { durationMs: timebox.durationMs, status: 'paused', remainingMs: remainingAt(timebox, now) };
}

/** Back to the full length, stopped. */
export function resetTimebox(timebox: Timebox): Timebox {
  return newTimebox(timebox.durationMs);
}

/** A new length; the timer stops and shows it. Refuses (RangeError) lengths outside 1 s–3 h. */
export function setTimeboxLength(durationMs: number): Timebox {
  if (!Number.isFinite(durationMs) || durationMs < 1000 || durationMs > MAX_TIMEBOX_MS) {
    throw new RangeError('A timebox lasts from 1 second to 3 hours.');
  }
  return newTimebox(Math.round(durationMs));
}

/** `m:ss` for a remaining time, rounded up to the second (a countdown shows 0:00 only at the end). */
export function formatClock(ms: number): string {
  const totalSeconds = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/**
 * Reads a typed length: `7` (minutes), `2:30` (m:ss), `90s`, `4m`, `1m30s`, `1.5` (minutes).
 * Returns milliseconds, or null when the text is not a length between 1 second and 3 hours.
 */
export function parseTimeboxLength(text: string): number | null {
  const trimmed = text.trim().toLowerCase().replace(/\s+/g, '');
  let ms: number | null = null;
  let match: RegExpMatchArray | null;
  if ((match = /^(\d{1,3}):([0-5]\d)$/.exec(trimmed))) ms = (Number(match[1]) * 60 + Number(match[2])) * 1000;
  else if ((match = /^(\d{1,3}(?:\.\d+)?)(?:m|min)?$/.exec(trimmed))) ms = Number(match[1]) * 60_000;
  else if ((match = /^(\d{1,5})(?:s|sec)$/.exec(trimmed))) ms = Number(match[1]) * 1000;
  else if ((match = /^(\d{1,3})m(?:in)?(\d{1,2})s?$/.exec(trimmed))) ms = (Number(match[1]) * 60 + Number(match[2])) * 1000;
  if (ms === null || ms < 1000 || ms > MAX_TIMEBOX_MS) return null;
  return Math.round(ms);
}
