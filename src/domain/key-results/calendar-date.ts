const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar day written YYYY-MM-DD ("2027-02-30" is not one). */
export function isCalendarDate(text: string): boolean {
  return dayNumber(text) !== null;
}

/**
 * Days since 1970-01-01 (UTC) of a YYYY-MM-DD date, or null when the text is not a real calendar
 * day. Whole days, so differences between dates never depend on the time zone or daylight saving.
 */
export function dayNumber(text: string): number | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return Math.round(time / DAY_MS);
}

/** The YYYY-MM-DD text of a day number (see dayNumber). */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Today's date in the user's time zone, as YYYY-MM-DD: what a date input shows as today. */
export function localToday(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
