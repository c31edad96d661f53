import type { Certification } from './schema.ts';

/**
 * Text folding shared by the index and the queries: case, accents, the œ/æ ligatures, hyphens,
 * apostrophes and punctuation do not matter to people searching a certification.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function words(text: string): string[] {
  const folded = foldText(text);
  return folded ? folded.split(' ') : [];
}

export interface CertificationCodeQuery {
  /** 'any' when only digits were typed: RNCP and CertifInfo numbers are both tried, exactly. */
  register: 'rncp' | 'certifinfo' | 'any';
  digits: string;
}

const CODE_QUERY = /^\s*(rncp|certif\s*info|certinfo|cif)?\s*[-:n°]*\s*(\d{3,7})\s*$/i;

/** "37443", "RNCP 37443", "rncp37443", "CertifInfo 50267" → the code; anything else → null. */
export function parseCertificationCode(text: string): CertificationCodeQuery | null {
  const match = CODE_QUERY.exec(text);
  if (!match) return null;
  const prefix = (match[1] ?? '').toLowerCase().replace(/\s+/g, '');
  const register = prefix === 'rncp' ? 'rncp' : prefix ? 'certifinfo' : 'any';
  return { register, digits: String(Number(match[2])) };
}

/** The code shown to users: RNCP number, or CertifInfo number for branch CQPs. */
export function certificationCode(item: Pick<Certification, 'rncp' | 'certifinfo'>): string {
  return item.rncp ?? `CertifInfo ${item.certifinfo}`;
}

/** The code a form, a link and the engine keep for a certification: 'RNCP37443', or its CertifInfo number. */
export function formCode(item: Pick<Certification, 'rncp' | 'certifinfo'>): string {
  return item.rncp ?? item.certifinfo ?? '';
}

/** A code typed in full, the way the form keeps it: ' rncp 37443 ' → 'RNCP37443'. */
export function typedFormCode(text: string): string {
  return text.trim().replace(/\s+/g, '').replace(/^rncp/i, 'RNCP');
}
