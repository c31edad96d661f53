import { daysBetween, type IsoDate } from './dates.ts';

/**
 * French number formatting without Intl, so that output is identical in every browser and
 * Node version (no locale data differences) and cheap enough for the hot path.
 */
const NARROW_NO_BREAK_SPACE = '\u202f';

function groupThousands(integer: string): string {
  let grouped = '';
  for (let end = integer.length; end > 0; end -= 3) {
    const group = integer.slice(Math.max(0, end - 3), end);
    grouped = grouped ? `${group}${NARROW_NO_BREAK_SPACE}${grouped}` : group;
  }
  return grouped;
}

/**
 * 50000 → '50 000', as toLocaleString('fr-FR') writes it, without loading the browser's locale
 * data: the portfolio's first progress count took 150 ms doing so (npm run bench:portfolio).
 */
export function formatInteger(value: number): string {
  const rounded = Math.round(value);
  return `${rounded < 0 ? '-' : ''}${groupThousands(String(Math.abs(rounded)))}`;
}

/** 4800 → '4 800 €', 4537.5 → '4 537,50 €'. */
export function formatEuros(amount: number): string {
  const cents = Math.round(amount * 100);
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const integer = groupThousands(String(Math.floor(absolute / 100)));
  const fraction = absolute % 100;
  return fraction === 0 ? `${sign}${integer}\u00a0€` : `${sign}${integer},${String(fraction).padStart(2, '0')}\u00a0€`;
}

/** 0.8 → '80 %', 0.857142… → '85,71 %'. */
export function formatPercent(ratio: number): string {
  const hundredths = Math.round(ratio * 10000);
  const integer = Math.floor(hundredths / 100);
  const fraction = hundredths % 100;
  const text = fraction === 0 ? String(integer) : `${integer},${String(fraction).padStart(2, '0').replace(/0$/, '')}`;
  return `${text}\u00a0%`;
}

/** 17.5 → '17,5'. */
export function formatDecimal(value: number): string {
  return String(Math.round(value * 100) / 100).replace('.', ',');
}

/** How far a deadline is from today: "dans 12 jours", "c'est aujourd'hui", "dépassée depuis 3 jours". */
export function formatDaysUntil(today: IsoDate, deadline: IsoDate): string {
  const days = daysBetween(today, deadline);
  if (days === 0) return "c'est aujourd'hui";
  if (days > 0) return `dans ${days} jour${days > 1 ? 's' : ''}`;
  return `dépassée depuis ${-days} jour${days < -1 ? 's' : ''}`;
}
