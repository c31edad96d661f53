import type { CertificationLookup } from '../../src/rules/index.ts';

/** A two-entry stand-in for the annex, so the engine's tests do not depend on the catalogue. */
const ANNEX_EXCERPT: Record<string, string> = {
  RNCP37443: 'TITRE PROFESSIONNEL (TP) - INSTALLATEUR DE RÉSEAUX DE TÉLÉCOMMUNICATIONS EN FIBRE OPTIQUE',
  '50267': 'CERTIFICAT DE QUALIFICATION PROFESSIONNELLE (CQP) - COMPAGNON CANALISATEUR EN ASSAINISSEMENT',
};

export const findInAnnexExcerpt: CertificationLookup = (code) => {
  const title = ANNEX_EXCERPT[code];
  return title ? { code, title } : null;
};
