import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/rules/index.ts';

const VALID = { contractStart: '2024-09-02', contractType: 'CDD', plannedEnd: '2025-09-01' } as const;

const BAD_INPUTS: [name: string, input: Record<string, unknown>, path: string, message: RegExp][] = [
  ['an impossible start date', { ...VALID, contractStart: '2024-02-30' }, 'contractStart', /n'existe pas/],
  ['a start date in words', { ...VALID, contractStart: 'hier' }, 'contractStart', /n'existe pas/],
  ['a missing start date', { contractType: 'CDI' }, 'contractStart', /saisissez une date/],
  ['a planned end before the start', { ...VALID, plannedEnd: '2024-09-01' }, 'plannedEnd', /antérieure au début/],
  ['an early end before the start', { ...VALID, earlyEnd: '2024-08-01' }, 'earlyEnd', /antérieure au début/],
  ['an early end after the planned end', { ...VALID, earlyEnd: '2025-09-02' }, 'earlyEnd', /postérieure à la fin prévue/],
  ['zero weekly hours', { ...VALID, weeklyHours: 0 }, 'weeklyHours', /supérieure à 0/],
  ['negative weekly hours', { ...VALID, weeklyHours: -5 }, 'weeklyHours', /supérieure à 0/],
  ['more than 48 weekly hours', { ...VALID, weeklyHours: 48.5 }, 'weeklyHours', /48 heures/],
  ['weekly hours as text', { ...VALID, weeklyHours: '35' }, 'weeklyHours', /nombre/],
  ['weekly hours not a number', { ...VALID, weeklyHours: Number.NaN }, 'weeklyHours', /nombre/],
  ['a zero full-time reference', { ...VALID, fullTimeHours: 0 }, 'fullTimeHours', /supérieur à 0/],
  ['a full-time reference above 35 h', { ...VALID, fullTimeHours: 39 }, 'fullTimeHours', /35 heures/],
  ['unpaid month 0', { ...VALID, unpaidMonths: [0] }, 'unpaidMonths.0', /de 1 à 12/],
  ['unpaid month 13', { ...VALID, unpaidMonths: [2, 13] }, 'unpaidMonths.1', /de 1 à 12/],
  ['an unpaid month that is not whole', { ...VALID, unpaidMonths: [2.5] }, 'unpaidMonths.0', /entier/],
  ['an unpaid month given twice', { ...VALID, unpaidMonths: [4, 4] }, 'unpaidMonths', /deux fois/],
  [
    'a suspension ending before it starts',
    { ...VALID, unpaidPeriods: [{ from: '2024-12-10', to: '2024-12-01' }] },
    'unpaidPeriods.0.to',
    /postérieure ou égale/,
  ],
  [
    'a suspension with an impossible date',
    { ...VALID, unpaidPeriods: [{ from: '2024-11-31', to: '2024-12-01' }] },
    'unpaidPeriods.0.from',
    /n'existe pas/,
  ],
  ['an unknown contract type', { ...VALID, contractType: 'CTT' }, 'contractType', /CDD ou CDI/],
  ['a CDD without planned end', { contractStart: '2024-09-02', contractType: 'CDD' }, 'plannedEnd', /date de fin prévue/],
  ['an impossible birth date', { ...VALID, birthDate: '1990-02-29' }, 'birthDate', /n'existe pas/],
  ['an impossible application date', { ...VALID, applicationDate: '2024-09-31' }, 'applicationDate', /n'existe pas/],
  ['an unknown department', { ...VALID, department: '99' }, 'department', /Département inconnu/],
  ['a SIRET of 13 digits', { ...VALID, siret: '1234567890123' }, 'siret', /14 chiffres/],
  ['a SIRET with a wrong Luhn key', { ...VALID, siret: '73282932000075' }, 'siret', /clé de contrôle/],
  ['an unknown contract purpose', { ...VALID, contractPurpose: 'other' }, 'contractPurpose', /inconnu/],
  ['an answer that is not yes or no', { ...VALID, jobSeekerAtStart: 'oui' }, 'jobSeekerAtStart', /oui ou par non/],
];

describe('bad input is refused with a French message on the right field, never an amount', () => {
  it.each(BAD_INPUTS)('%s', (_, input, path, message) => {
    const result = simulate(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result).not.toHaveProperty('amount');
    const error = result.errors.find((candidate) => candidate.path === path);
    expect(error, JSON.stringify(result.errors)).toBeDefined();
    expect(error?.message).toMatch(message);
  });

  it('refuses something that is not an object', () => {
    for (const input of [null, undefined, 42, 'CDD', []]) {
      const result = simulate(input as never);
      expect(result.ok).toBe(false);
    }
  });

  it('accepts a valid SIRET, with spaces, and La Poste establishments by their own rule', () => {
    expect(simulate({ ...VALID, siret: '732 829 320 00074' }).ok).toBe(true);
    // La Poste: SIREN 356000000, sum of the 14 digits a multiple of 5 (this one fails Luhn)…
    expect(simulate({ ...VALID, siret: '35600000000015' }).ok).toBe(true);
    expect(simulate({ ...VALID, siret: '35600000000016' }).ok).toBe(false);
    // …except its head office, which follows Luhn.
    expect(simulate({ ...VALID, siret: '35600000000048' }).ok).toBe(true);
  });

  it('accepts a CDI without any end date', () => {
    expect(simulate({ contractStart: '2024-09-02', contractType: 'CDI' }).ok).toBe(true);
  });
});
