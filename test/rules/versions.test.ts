import { describe, expect, it } from 'vitest';
import { parameterHistory, simulate, type SimulationInput } from '../../src/rules/index.ts';
import { ELIGIBLE_ANSWERS } from './scenarios.ts';
import { findInVersionAnnex, VERSIONS_WITH_2027 } from './version-2027.fixture.ts';

/**
 * Issue 15: a second version of the regulation is data. With the fictional 2027 version (tests
 * only), a contract is judged by the version in force on the day it starts; figures worked out by
 * hand from each version's figures.
 */
const run = (input: SimulationInput) =>
  simulate(input, { versions: VERSIONS_WITH_2027, findCertification: findInVersionAnnex, today: '2026-12-02' });

const CASES: { name: string; input: SimulationInput; expected: Record<string, unknown> }[] = [
  {
    name: 'a contract starting 31 December 2026 is judged by the 2024 version: 12 × 500 € = 6 000 €',
    input: { ...ELIGIBLE_ANSWERS, contractStart: '2026-12-31', contractType: 'CDI' },
    expected: { regulation: 'ri-2024', amount: 6000, months: 12, certification: 'met' },
  },
  {
    name: 'a contract starting 1 January 2027 is judged by the 2027 version: 10 × 550 € = 5 500 €',
    input: { ...ELIGIBLE_ANSWERS, contractStart: '2027-01-01', contractType: 'CDI' },
    // RNCP37443 is not in the 2027 annex.
    expected: { regulation: 'ri-2027-fictif', amount: 5500, months: 10, certification: 'unmet' },
  },
  {
    name: 'the certification added by the 2027 annex is listed for a 2027 contract only',
    input: { ...ELIGIBLE_ANSWERS, certificationCode: 'RNCP99001', contractStart: '2027-01-01', contractType: 'CDI' },
    expected: { regulation: 'ri-2027-fictif', amount: 5500, months: 10, certification: 'met' },
  },
  {
    name: 'the same certification, added in 2027, is not listed for a 2026 contract',
    input: { ...ELIGIBLE_ANSWERS, certificationCode: 'RNCP99001', contractStart: '2026-12-31', contractType: 'CDI' },
    expected: { regulation: 'ri-2024', amount: 6000, months: 12, certification: 'unmet' },
  },
  {
    name: 'part time in 2027: 550 € × 28/35 × 10 mois = 4 400 €',
    input: { contractStart: '2027-03-15', contractType: 'CDI', weeklyHours: 28 },
    expected: { regulation: 'ri-2027-fictif', amount: 4400, months: 10, formula: '550\u00a0€ × 28/35 × 10 mois' },
  },
];

describe('versions of the regulation', () => {
  it.each(CASES.map((item) => [item.name, item] as const))('%s', (_, { input, expected }) => {
    const result = run(input);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.regulation?.id).toBe(expected.regulation);
    expect(result.amount).toBe(expected.amount);
    expect(result.months).toHaveLength(expected.months as number);
    if (expected.certification) {
      expect(result.eligibility.checks.find((check) => check.id === 'certification-listed')?.status).toBe(expected.certification);
    }
    if (expected.formula) expect(result.formula).toBe(expected.formula);
  });

  it('names the version in the result, with its dates', () => {
    const result = run({ contractStart: '2026-12-31', contractType: 'CDI' });
    expect(result.ok && result.regulation).toEqual({
      id: 'ri-2024',
      title: "règlement d'intervention adopté par le Conseil régional les 28 et 29 mars 2024",
      inForceFrom: '2024-04-01',
      inForceUntil: '2026-12-31',
    });
  });

  it('keeps each parameter as a dated history, each value with its clause', () => {
    expect(parameterHistory('monthlyAmountFullTime', VERSIONS_WITH_2027)).toEqual([
      { from: '2024-04-01', until: '2026-12-31', value: 500, clause: 'amount' },
      { from: '2027-01-01', until: null, value: 550, clause: 'amount' },
    ]);
  });

  it('judges a contract started before the first version by none: an unmet condition', () => {
    const result = run({ ...ELIGIBLE_ANSWERS, contractStart: '2024-03-31', contractType: 'CDI' });
    expect(result.ok && result.eligibility.firstUnmet?.id).toBe('regulation-in-force');
    expect(result.ok && result.eligibility.firstUnmet?.reason).toContain("avant le 01/04/2024, date d'entrée en vigueur");
  });
});

describe('the annex the browser has', () => {
  it('is the 2024 annex, and another version’s annex is said to be missing, not treated as empty', async () => {
    const { findCertification, SHIPPED_ANNEX_ID } = await import('../../src/catalog/index.ts');
    const { REGULATION_2024 } = await import('../../src/rules/index.ts');
    expect(REGULATION_2024.annex.id).toBe(SHIPPED_ANNEX_ID);
    expect(findCertification('RNCP34095', REGULATION_2024.annex)?.title).toBe('TITRE PROFESSIONNEL (TP) - CUISINIER');
    expect(
      findCertification('RNCP34095', { id: 'annexe-2027', title: 'Annexe de 2027', appliesFrom: '2027-01-01' }),
    ).toBeUndefined();
    const result = simulate(
      { contractStart: '2027-01-04', contractType: 'CDI', certificationCode: 'RNCP34095' },
      { versions: VERSIONS_WITH_2027, findCertification },
    );
    const check = result.ok ? result.eligibility.checks.find((item) => item.id === 'certification-listed') : undefined;
    expect(check?.status).toBe('unknown');
    expect(check?.reason).toBe("La liste fictive de 2027 n'est pas disponible ici pour vérifier le code RNCP34095.");
  });
});
