import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAUSE_QUOTES, CLAUSE_QUOTES_BY_VERSION } from '../../src/rules/clause-quotes.ts';
import { REGULATION_VERSIONS } from '../../src/rules/index.ts';
import { CLAUSES, HYPOTHESES, PARAMETERS } from '../../src/rules/index.ts';

/** The regulation as published, with its bold markers and superscripts written as plain text. */
const REGULATION = readFileSync(new URL('../../data/reglement-aide-contrat-professionnalisation.txt', import.meta.url), 'utf8')
  .replaceAll('**', '')
  .replaceAll('^{ème}', 'e')
  .replaceAll('^{er}', 'er')
  .replace(/\s+/g, ' ');

describe('traceability to the regulation', () => {
  it.each(Object.keys(CLAUSES))('clause %s quotes the regulation verbatim', (id) => {
    expect(REGULATION).toContain(CLAUSE_QUOTES[id as keyof typeof CLAUSES].replace(/\s+/g, ' '));
  });

  it('every version of the regulation has its quotes and its text', () => {
    for (const version of REGULATION_VERSIONS) {
      const entry = CLAUSE_QUOTES_BY_VERSION[version.id];
      expect(entry, version.id).toBeDefined();
      const text = readFileSync(new URL(`../../${entry!.text}`, import.meta.url), 'utf8').replace(/\s+/g, ' ');
      expect(text.length).toBeGreaterThan(1000);
      expect(Object.keys(entry!.quotes).sort()).toEqual(Object.keys(CLAUSES).sort());
    }
  });

  it('every parameter and hypothesis cites a known clause', () => {
    for (const parameter of Object.values(PARAMETERS)) expect(CLAUSES).toHaveProperty(parameter.clause);
    for (const hypothesis of HYPOTHESES) expect(CLAUSES).toHaveProperty(hypothesis.clause);
  });

  it('holds the same figures as the regulation', () => {
    const euros = (value: number) => `${String(value).replace(/\B(?=(\d{3})+$)/g, ' ')} €`;
    expect(REGULATION).toContain(
      `${euros(PARAMETERS.monthlyAmountFullTime.value)} par mois, pour un temps complet, dans la limite de ${PARAMETERS.maxAidedMonths.value} mois`,
    );
    expect(REGULATION).toContain(`montant maximum de ${euros(PARAMETERS.maxAmount.value)}`);
    expect(REGULATION).toContain(`dépassera ${euros(PARAMETERS.conventionThreshold.value)}`);
    expect(REGULATION).toContain(`âgée de ${PARAMETERS.minimumAge.value} ans ou plus`);
    expect(REGULATION).toContain('au plus tard trois mois après la date de début');
    expect(PARAMETERS.applicationDeadlineMonths.value).toBe(3);
    expect(REGULATION).toContain(
      `Dans un délai de ${PARAMETERS.paymentRequestDeadlineMonths.value} mois maximum après la fin du contrat`,
    );
    expect(REGULATION).toContain(`au cours des ${PARAMETERS.layoffLookBackMonths.value} derniers mois précédant la demande`);
    expect(REGULATION).toContain('au cours des six mois précédant la date de début');
    expect(PARAMETERS.previousEmploymentLookBackMonths.value).toBe(6);
  });
});
