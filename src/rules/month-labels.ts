import type { MonthExclusion } from './months.ts';

/** How the month calendar says why a month is not due (short: a grid cell on a phone). */
export const MONTH_STATUS_TEXT: Record<MonthExclusion, string> = {
  'rupture-first-month': 'non dû : rupture le 1er mois',
  'ended-first-month': 'non dû : fin le 1er mois',
  'after-end': 'non dû : après la fin',
  unpaid: 'non dû : sans rémunération',
};
