import { formatIsoDate } from '../rules/basics.ts';

/**
 * Today's date as the user sees it on their own calendar (local time, not UTC): the day they
 * file the request is the day on their calendar. Read once, in the UI layer only.
 */
export function localToday(now: Date = new Date()): string {
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
