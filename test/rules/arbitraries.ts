import fc from 'fast-check';
import { addDays } from '../../src/rules/dates.ts';
import type { SimulationInput } from '../../src/rules/index.ts';

const START_RANGE = { min: 0, max: 365 * 8 };
const BASE = '2022-01-01';

/** Valid simulation inputs spanning month ends, leap years, CDD/CDI, part time and suspensions. */
export const validInput: fc.Arbitrary<SimulationInput> = fc
  .record({
    startOffset: fc.integer(START_RANGE),
    contractType: fc.constantFrom('CDD' as const, 'CDI' as const),
    plannedLength: fc.integer({ min: 0, max: 900 }),
    earlyLength: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
    halfHours: fc.option(fc.integer({ min: 1, max: 96 }), { nil: undefined }),
    fullTimeHours: fc.option(fc.integer({ min: 20, max: 35 }), { nil: undefined }),
    unpaidMonths: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 4 }),
    periods: fc.array(fc.tuple(fc.integer({ min: -30, max: 400 }), fc.integer({ min: 0, max: 70 })), { maxLength: 3 }),
  })
  .map((draw) => {
    const contractStart = addDays(BASE, draw.startOffset);
    const plannedEnd = addDays(contractStart, draw.plannedLength);
    let earlyEnd = draw.earlyLength === undefined ? undefined : addDays(contractStart, draw.earlyLength);
    if (earlyEnd && draw.contractType === 'CDD' && earlyEnd > plannedEnd) earlyEnd = plannedEnd;
    return {
      contractStart,
      contractType: draw.contractType,
      plannedEnd: draw.contractType === 'CDD' ? plannedEnd : undefined,
      earlyEnd,
      weeklyHours: draw.halfHours === undefined ? undefined : draw.halfHours / 2,
      fullTimeHours: draw.fullTimeHours,
      unpaidMonths: draw.unpaidMonths,
      unpaidPeriods: draw.periods.map(([offset, length]) => ({
        from: addDays(contractStart, offset),
        to: addDays(contractStart, offset + length),
      })),
    };
  });
