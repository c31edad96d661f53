import { PARAMETERS, REGULATION_2024, type CertificationLookup, type RegulationVersion } from '../../src/rules/index.ts';

/**
 * A FICTIONAL second version of the regulation, for tests only (never shipped): it proves that a
 * new version is data, not engine code. In force from 1 January 2027: 550 € a month, 10 months at
 * most (5 500 €), a 30 000 € convention threshold, an annex with two certifications removed and
 * one added. The 2024 version then applies to contracts started up to 31 December 2026.
 */
export const FICTIONAL_2027: RegulationVersion = {
  id: 'ri-2027-fictif',
  title: 'règlement fictif de 2027 (tests)',
  inForceFrom: '2027-01-01',
  inForceUntil: null,
  parameters: {
    ...PARAMETERS,
    monthlyAmountFullTime: { ...PARAMETERS.monthlyAmountFullTime, value: 550, validFrom: '2027-01-01' },
    maxAidedMonths: { ...PARAMETERS.maxAidedMonths, value: 10, validFrom: '2027-01-01' },
    maxAmount: { ...PARAMETERS.maxAmount, value: 5500, validFrom: '2027-01-01' },
    conventionThreshold: { ...PARAMETERS.conventionThreshold, value: 30000, validFrom: '2027-01-01' },
    regulationInForceFrom: { ...PARAMETERS.regulationInForceFrom, value: '2027-01-01', validFrom: '2027-01-01' },
  },
  annex: { id: 'annexe-2027-fictive', title: 'liste fictive de 2027', appliesFrom: '2027-01-01' },
};

export const VERSIONS_WITH_2027: readonly RegulationVersion[] = [
  { ...REGULATION_2024, inForceUntil: '2026-12-31' },
  FICTIONAL_2027,
];

/** Each annex as a list: 2027 drops RNCP37443 and 50267 and adds RNCP99001. */
const ANNEXES: Record<string, Record<string, string>> = {
  'annexe-2024': {
    RNCP37443: 'TITRE PROFESSIONNEL (TP) - INSTALLATEUR DE RÉSEAUX DE TÉLÉCOMMUNICATIONS EN FIBRE OPTIQUE',
    '50267': 'CERTIFICAT DE QUALIFICATION PROFESSIONNELLE (CQP) - COMPAGNON CANALISATEUR EN ASSAINISSEMENT',
    RNCP34095: 'TITRE PROFESSIONNEL (TP) - CUISINIER',
  },
  'annexe-2027-fictive': {
    RNCP34095: 'TITRE PROFESSIONNEL (TP) - CUISINIER',
    RNCP99001: 'TITRE FICTIF - TECHNICIEN DE TEST',
  },
};

export const findInVersionAnnex: CertificationLookup = (code, annex) => {
  const title = ANNEXES[annex?.id ?? 'annexe-2024']?.[code];
  return title ? { code, title } : null;
};
