import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  anniversary,
  daysBetween,
  formatFrenchDate,
  fromDayNumber,
  parseIsoDate,
  toDayNumber,
} from '../../src/rules/dates.ts';

describe('parseIsoDate', () => {
  it('accepts real dates, including 29 February of leap years', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
  });
  it('refuses impossible or malformed dates', () => {
    for (const text of [
      '2024-02-30',
      '2023-02-29',
      '1900-02-29',
      '2024-13-01',
      '2024-04-31',
      '2024-00-10',
      'hier',
      '2024-1-01',
      '01/02/2024',
      '',
      '2024-02-01T00:00',
    ]) {
      expect(parseIsoDate(text), text).toBeNull();
    }
  });
});

describe('addMonths', () => {
  it('keeps the day of month', () => {
    expect(addMonths('2024-09-02', 1)).toBe('2024-10-02');
    expect(addMonths('2024-11-15', 2)).toBe('2025-01-15');
  });
  it('clamps to the last day of shorter months', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-08-31', 3)).toBe('2024-11-30');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
  it('adds to the original date instead of chaining clamps', () => {
    expect(addMonths('2025-01-31', 2)).toBe('2025-03-31');
  });
  it('refuses a number of months that is not a whole number, rather than writing a date that does not exist', () => {
    for (const months of [Number.NaN, 1.5, Number.POSITIVE_INFINITY])
      expect(() => addMonths('2024-01-31', months)).toThrow(RangeError);
  });
  it('handles negative amounts and year boundaries', () => {
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-01-15', -13)).toBe('2023-12-15');
  });
});

describe('day numbers', () => {
  it('counts days since 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(fromDayNumber(11017)).toBe('2000-03-01');
  });
  it('round-trips across leap days and centuries', () => {
    for (const date of ['1900-03-01', '2000-02-29', '2024-02-29', '2100-02-28', '2100-03-01', '1969-12-31']) {
      expect(fromDayNumber(toDayNumber(date))).toBe(date);
    }
  });
  it('adds days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });
});

describe('anniversary', () => {
  it('puts the birthday of someone born on 29 February on 28 February in common years', () => {
    expect(anniversary('1996-02-29', 30)).toBe('2026-02-28');
    expect(anniversary('1996-02-29', 32)).toBe('2028-02-29');
  });
});

describe('formatFrenchDate', () => {
  it('writes DD/MM/YYYY', () => {
    expect(formatFrenchDate('2024-03-01')).toBe('01/03/2024');
  });
});
