import { describe, expect, it } from 'vitest';
import { formatDaysUntil, formatEuros, formatInteger, formatPercent } from '../../src/rules/format.ts';

describe('formatEuros', () => {
  it('writes amounts the French way, cents only when there are some', () => {
    expect(formatEuros(0)).toBe('0\u00a0€');
    expect(formatEuros(500)).toBe('500\u00a0€');
    expect(formatEuros(4800)).toBe('4\u202f800\u00a0€');
    expect(formatEuros(3928.57)).toBe('3\u202f928,57\u00a0€');
    expect(formatEuros(1234567.5)).toBe('1\u202f234\u202f567,50\u00a0€');
  });
});

describe('formatInteger', () => {
  it('groups thousands with a narrow no-break space, as French does', () => {
    expect(formatInteger(0)).toBe('0');
    expect(formatInteger(999)).toBe('999');
    expect(formatInteger(5000)).toBe('5\u202f000');
    expect(formatInteger(50000)).toBe('50\u202f000');
    expect(formatInteger(1234567)).toBe('1\u202f234\u202f567');
    expect(formatInteger(-4800)).toBe('-4\u202f800');
  });
});

describe('formatPercent', () => {
  it('keeps at most two decimals', () => {
    expect(formatPercent(1)).toBe('100\u00a0%');
    expect(formatPercent(0.8)).toBe('80\u00a0%');
    expect(formatPercent(25 / 35)).toBe('71,43\u00a0%');
    expect(formatPercent(0.855)).toBe('85,5\u00a0%');
  });
});

describe('formatDaysUntil', () => {
  it.each([
    ['2026-09-15', '2026-09-15', "c'est aujourd'hui"],
    ['2026-09-15', '2026-09-16', 'dans 1 jour'],
    ['2026-09-15', '2026-12-15', 'dans 91 jours'],
    ['2026-09-15', '2026-09-14', 'dépassée depuis 1 jour'],
    ['2024-03-01', '2024-02-28', 'dépassée depuis 2 jours'],
  ])('from %s to %s: %s', (today, deadline, text) => {
    expect(formatDaysUntil(today, deadline)).toBe(text);
  });
});
