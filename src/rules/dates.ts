/**
 * Calendar dates as plain 'YYYY-MM-DD' strings and day numbers.
 *
 * Principle "right to the day": no `Date` object is ever built here, so nothing depends on
 * the machine's time zone or daylight-saving rules. Day numbers count days since 1970-01-01
 * in the proleptic Gregorian calendar (H. Hinnant's days_from_civil algorithm).
 */

export type IsoDate = string;

export interface CivilDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The number written by text[from..to), digits only; -1 otherwise. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Parses a real calendar date ('2024-02-30' and 'hier' give null). Read character by character:
 * the engine parses dates thousands of times for a portfolio, and a regular expression with three
 * Number() calls was its largest single cost after validation (npm run bench).
 */
export function parseIsoDate(text: string): CivilDate | null {
  if (typeof text !== 'string' || text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/**
 * The years a date typed by a user or brought by a link may fall in. Contracts, births and
 * requests all lie well inside; the engine adds at most a few years to a date, so its own
 * results stay four-digit years (a start in 9999 once threw a RangeError and blanked the page).
 */
export const SUPPORTED_YEARS = { from: 1900, to: 2100 } as const;
export const SUPPORTED_YEARS_TEXT = `années ${SUPPORTED_YEARS.from} à ${SUPPORTED_YEARS.to}`;

/** Why a text is not a date users may give: not a calendar date at all, or one outside SUPPORTED_YEARS. */
export function dateProblem(text: string): 'not-a-date' | 'out-of-range' | null {
  const date = parseIsoDate(text);
  if (!date) return 'not-a-date';
  return date.year < SUPPORTED_YEARS.from || date.year > SUPPORTED_YEARS.to ? 'out-of-range' : null;
}

/** A real calendar date within SUPPORTED_YEARS. */
export function isSupportedDate(text: string): boolean {
  return dateProblem(text) === null;
}

export function civil(text: IsoDate): CivilDate {
  const date = parseIsoDate(text);
  if (!date) throw new RangeError(`Date invalide : ${text}`);
  return date;
}

export function formatIsoDate({ year, month, day }: CivilDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function toDayNumber(text: IsoDate): number {
  return civilToDayNumber(civil(text));
}

export function civilToDayNumber({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate({ year, month, day });
}

export function addDays(text: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(text) + days);
}

/**
 * Adds calendar months keeping the day of month, clamped to the target month's last day
 * (31 January + 1 month = 28 or 29 February). Always add to the original date rather than
 * chaining: 31 January + 2 months is 31 March, not 28 March.
 */
export function addMonths(text: IsoDate, months: number): IsoDate {
  return formatIsoDate(addMonthsToCivil(civil(text), months));
}

export function addMonthsToCivil({ year, month, day }: CivilDate, months: number): CivilDate {
  if (!Number.isInteger(months)) throw new RangeError(`Nombre de mois invalide : ${months}`);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return { year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) };
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) <= 0 ? a : b;
}

/**
 * The date a person born on `birthDate` reaches `years` years of age. A birthday on
 * 29 February falls on 28 February in common years (same clamping as addMonths).
 */
export function anniversary(birthDate: IsoDate, years: number): IsoDate {
  return addMonths(birthDate, 12 * years);
}

export function isBornOnLeapDay(birthDate: IsoDate): boolean {
  const { month, day } = civil(birthDate);
  return month === 2 && day === 29;
}

/** '2024-03-01' → '01/03/2024', the way dates are written in French administration. */
export function formatFrenchDate(text: IsoDate): string {
  const { year, month, day } = civil(text);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
