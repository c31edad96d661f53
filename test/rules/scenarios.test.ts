import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/rules/index.ts';
import { findInAnnexExcerpt } from './fixtures.ts';
import { SCENARIOS } from './scenarios.ts';

describe('legal scenarios', () => {
  it('has at least 30 named cases', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(SCENARIOS.map((scenario) => scenario.name)).size).toBe(SCENARIOS.length);
  });

  it.each(SCENARIOS.map((scenario) => [`${scenario.name} (${scenario.clause})`, scenario] as const))('%s', (_, scenario) => {
    const result = simulate(scenario.input, { findCertification: findInAnnexExcerpt, today: scenario.today });
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
    const { expected } = scenario;
    if (expected.amount !== undefined) expect(result.amount).toBe(expected.amount);
    if (expected.monthlyAmount !== undefined) expect(result.monthlyAmount).toBe(expected.monthlyAmount);
    if (expected.monthsDue !== undefined) expect(result.monthsDue).toBe(expected.monthsDue);
    if (expected.dueMonths) {
      expect(result.months.filter((month) => month.due).map((month) => month.index)).toEqual(expected.dueMonths);
    }
    if (expected.partlyUnpaidMonths) {
      expect(result.months.filter((month) => month.partlyUnpaid).map((month) => month.index)).toEqual(
        expected.partlyUnpaidMonths,
      );
    }
    for (const [index, start, end] of expected.monthBounds ?? []) {
      expect(result.months[index - 1]).toMatchObject({ index, start, end });
    }
    for (const [index, exclusion] of expected.exclusions ?? []) {
      expect(result.months[index - 1]).toMatchObject({ index, due: false, exclusion });
    }
    if (expected.applicationDeadline !== undefined) expect(result.applicationDeadline).toBe(expected.applicationDeadline);
    if (expected.paymentDate !== undefined) expect(result.paymentDate).toBe(expected.paymentDate);
    if (expected.paymentRequestDeadline !== undefined)
      expect(result.paymentRequestDeadline).toBe(expected.paymentRequestDeadline);
    if (expected.eligibility !== undefined) expect(result.eligibility.status).toBe(expected.eligibility);
    if (expected.firstUnmet !== undefined) expect(result.eligibility.firstUnmet?.id ?? null).toBe(expected.firstUnmet);
    for (const [id, status] of Object.entries(expected.checks ?? {})) {
      expect(result.eligibility.checks.find((check) => check.id === id)?.status, id).toBe(status);
    }
    if (expected.regulation !== undefined) expect(result.regulation?.id ?? null).toBe(expected.regulation);
    if (expected.formula !== undefined) expect(result.formula).toBe(expected.formula);
    for (const [id, text] of Object.entries(expected.explains ?? {})) {
      expect(result.explanation.find((step) => step.id === id)?.text, id).toContain(text);
    }
    if (expected.steps) {
      const statuses = Object.fromEntries(result.steps.map((step) => [step.id, step.status]));
      if (Object.keys(expected.steps).length === 0) expect(statuses).toEqual({});
      else expect(statuses).toMatchObject(expected.steps);
    }
    if (expected.warnings) {
      expect(result.warnings.map((warning) => warning.code).sort()).toEqual([...expected.warnings].sort());
    }
  });
});
