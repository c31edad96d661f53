import { addMonthsToCivil, civil, civilToDayNumber, fromDayNumber, toDayNumber, type IsoDate } from './dates.ts';

/**
 * Why a contract month is not due (§3). A contract that ends during its first month has nothing
 * due: month 1 says why (a rupture, or a CDD whose planned end falls in it), the later months are
 * after the end.
 */
export type MonthExclusion = 'rupture-first-month' | 'ended-first-month' | 'after-end' | 'unpaid';

export interface ContractMonth {
  /** 1–12. */
  index: number;
  start: IsoDate;
  /** Last day of the month, inclusive. */
  end: IsoDate;
  due: boolean;
  /** Null when the month is due. */
  exclusion: MonthExclusion | null;
  /** Unpaid months come from the month list or from suspension periods covering the whole month. */
  unpaidSource: 'month-list' | 'periods' | null;
  /** Some days, but not all, fall in an unpaid suspension period: due only if some pay was paid. */
  partlyUnpaid: boolean;
}

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/**
 * Day numbers of the first day of months 1…count+1. Month k runs from start + (k−1) months to
 * the day before start + k months, each computed from the original start (interpretation 1),
 * so a start on 31 January gives 31 Jan–28 Feb, 29 Feb–30 Mar, 31 Mar–29 Apr…
 */
function monthStartDays(contractStart: IsoDate, count: number): number[] {
  const start = civil(contractStart);
  return Array.from({ length: count + 1 }, (_, offset) => civilToDayNumber(addMonthsToCivil(start, offset)));
}

/** Days of [from, to] covered by the union of the periods (overlaps counted once). */
function coveredDays(from: number, to: number, periods: readonly (readonly [number, number])[]): number {
  let covered = 0;
  let reachedUpTo = from - 1;
  for (const [periodFrom, periodTo] of periods) {
    const start = Math.max(periodFrom, from, reachedUpTo + 1);
    const end = Math.min(periodTo, to);
    if (end >= start) covered += end - start + 1;
    reachedUpTo = Math.max(reachedUpTo, end);
  }
  return covered;
}

export interface MonthsInput {
  contractStart: IsoDate;
  /** Earlier of the planned end and the early end; null for a CDI still running. */
  effectiveEnd: IsoDate | null;
  unpaidMonths: readonly number[];
  unpaidPeriods: readonly Period[];
  /** Whether the effective end is an early rupture (not the planned end of a CDD). */
  endIsRupture?: boolean;
  /** How many months the aid covers at most (the version's figure, §3). */
  count: number;
}

export function contractMonths({
  contractStart,
  effectiveEnd,
  unpaidMonths,
  unpaidPeriods,
  endIsRupture = true,
  count,
}: MonthsInput): ContractMonth[] {
  const starts = monthStartDays(contractStart, count);
  const endDay = effectiveEnd === null ? null : toDayNumber(effectiveEnd);
  const periods = unpaidPeriods
    .map((period) => [toDayNumber(period.from), toDayNumber(period.to)] as const)
    .sort((a, b) => a[0] - b[0]);
  // §3: a rupture during the first month means nothing is due (interpretation 3).
  const endsInFirstMonth = endDay !== null && endDay < starts[1]!;
  const months: ContractMonth[] = [];
  for (let index = 1; index <= count; index++) {
    const from = starts[index - 1]!;
    const to = starts[index]! - 1;
    // §3: a month is not due when no remuneration was paid for it. Its days in the contract end
    // with the effective end: a month whose contract days are all unpaid (by one period or several
    // together) had no pay, even if it runs on after the end.
    const lastContractDay = endDay !== null && endDay >= from ? Math.min(to, endDay) : to;
    const covered = coveredDays(from, lastContractDay, periods);
    const listedUnpaid = unpaidMonths.includes(index);
    const fullyCovered = covered === lastContractDay - from + 1;
    const unpaidSource = listedUnpaid ? 'month-list' : fullyCovered ? 'periods' : null;
    // §3: the month containing the end date is due; the aid stops from the following month.
    const startsAfterEnd = endDay !== null && from > endDay;
    const exclusion: MonthExclusion | null =
      endsInFirstMonth && index === 1
        ? endIsRupture
          ? 'rupture-first-month'
          : 'ended-first-month'
        : startsAfterEnd
          ? 'after-end'
          : unpaidSource
            ? 'unpaid'
            : null;
    months.push({
      index,
      start: fromDayNumber(from),
      end: fromDayNumber(to),
      due: exclusion === null,
      exclusion,
      unpaidSource,
      partlyUnpaid: !listedUnpaid && covered > 0 && !fullyCovered,
    });
  }
  return months;
}
