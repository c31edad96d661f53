import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, compareDates } from '../../src/rules/dates.ts';
import { simulate, type SimulationSuccess } from '../../src/rules/index.ts';
import { validInput } from './arbitraries.ts';

function success(input: Parameters<typeof simulate>[0]): SimulationSuccess {
  const result = simulate(input);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result;
}

const RUNS = { numRuns: 400 };

describe('properties of the amount', () => {
  it('stays between 0 and 6,000 €', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const { amount } = success(input);
        expect(amount).toBeGreaterThanOrEqual(0);
        expect(amount).toBeLessThanOrEqual(6000);
      }),
      RUNS,
    );
  });

  it('equals 500 € × (weekly hours ÷ full-time reference, at most 1) × months due, to the cent', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const { amount, monthsDue, months } = success(input);
        // The expectation from the input alone (§3: "proportionné à la quotité hebdomadaire"),
        // not from the engine's own ratio.
        const reference = input.fullTimeHours ?? 35;
        const quotity = input.weeklyHours == null ? 1 : Math.min(1, input.weeklyHours / reference);
        expect(Math.abs(amount - 500 * quotity * monthsDue)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(monthsDue).toBe(months.filter((month) => month.due).length);
      }),
      RUNS,
    );
  });

  it('never decreases when the contract ends later', () => {
    fc.assert(
      fc.property(validInput, fc.integer({ min: 1, max: 400 }), (input, extraDays) => {
        const before = success(input);
        const end = input.earlyEnd ?? input.plannedEnd;
        fc.pre(end !== undefined && end !== null);
        const later = addDays(end!, extraDays);
        const extended = input.earlyEnd
          ? {
              ...input,
              earlyEnd: later,
              plannedEnd: input.plannedEnd && compareDates(input.plannedEnd, later) < 0 ? later : input.plannedEnd,
            }
          : { ...input, plannedEnd: later };
        expect(success(extended).amount).toBeGreaterThanOrEqual(before.amount);
      }),
      RUNS,
    );
  });

  it('never increases when a month is declared unpaid', () => {
    fc.assert(
      fc.property(validInput, fc.integer({ min: 1, max: 12 }), (input, month) => {
        const unpaidMonths = input.unpaidMonths ?? [];
        fc.pre(!unpaidMonths.includes(month));
        const before = success(input);
        const after = success({ ...input, unpaidMonths: [...unpaidMonths, month] });
        expect(after.amount).toBeLessThanOrEqual(before.amount);
      }),
      RUNS,
    );
  });

  it('gives consecutive months that tile the first year without gap or overlap', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const { months } = success(input);
        expect(months[0]!.start).toBe(input.contractStart);
        for (let index = 1; index < months.length; index++) {
          expect(addDays(months[index - 1]!.end, 1)).toBe(months[index]!.start);
          expect(compareDates(months[index]!.start, months[index]!.end)).toBeLessThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });
});

describe('time zones', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('gives the same result whatever the machine time zone', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const results = ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC', 'Pacific/Pago_Pago'].map((zone) => {
          process.env.TZ = zone;
          return simulate(input, { today: '2026-11-29' });
        });
        for (const result of results.slice(1)) expect(result).toEqual(results[0]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the engine never throws', () => {
  const anyDate = fc.oneof(
    fc
      .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10)),
    fc.constantFrom('9998-10-02', '9999-12-31', '9970-01-01', '1899-12-31', '2100-12-31', '2101-01-01', 'garbage', ''),
  );
  const optionsToday = fc.oneof(anyDate, fc.string(), fc.constant(undefined));

  it('returns a result or field errors for any value at all', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, options) => {
        const result = simulate(input as never, options as never);
        expect(typeof result.ok).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('refuses dates outside the years 1900 to 2100 with a message, and computes the others', () => {
    fc.assert(
      fc.property(validInput, anyDate, anyDate, optionsToday, (input, start, birthDate, today) => {
        const result = simulate({ ...input, contractStart: start, plannedEnd: input.plannedEnd && start, birthDate }, { today });
        const supported = (date: string) =>
          /^\d{4}/.test(date) && Number(date.slice(0, 4)) >= 1900 && Number(date.slice(0, 4)) <= 2100;
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) expect(error.message).not.toBe('');
        } else {
          expect(supported(start) && supported(birthDate)).toBe(true);
        }
        if (!supported(start) && /^\d{4}-\d{2}-\d{2}$/.test(start) && !Number.isNaN(Date.parse(start))) {
          expect(result.ok).toBe(false);
          if (!result.ok)
            expect(result.errors.find((error) => error.path === 'contractStart')?.message).toContain('années 1900 à 2100');
        }
      }),
      RUNS,
    );
  });

  it.each([
    ['a start on 9998-10-02', { contractStart: '9998-10-02', contractType: 'CDI' }, {}],
    ['a start on 9999-12-31', { contractStart: '9999-12-31', contractType: 'CDI' }, {}],
    ['a birth date on 9970-01-01', { contractStart: '2024-09-02', contractType: 'CDI', birthDate: '9970-01-01' }, {}],
    ['today given as garbage', { contractStart: '2024-09-02', contractType: 'CDI' }, { today: 'garbage' }],
    ['today in 9999', { contractStart: '2024-09-02', contractType: 'CDI' }, { today: '9999-12-31' }],
    [
      'a lookup that throws',
      { contractStart: '2024-09-02', contractType: 'CDI', certificationCode: 'RNCP1' },
      {
        findCertification: () => {
          throw new Error('boom');
        },
      },
    ],
  ])('gives an answer, not an exception, for %s', (_name, input, options) => {
    expect(() => simulate(input as never, options as never)).not.toThrow();
  });
});
