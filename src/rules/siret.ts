/**
 * SIRET checks. A SIRET does not say where the establishment is, so the region condition (§1)
 * still needs the department; the check only catches typos.
 */

/**
 * La Poste's establishments share one SIREN and use a sum-of-digits rule instead of Luhn;
 * its head office (35600000000048) follows Luhn, so either rule is accepted for that SIREN.
 */
const LA_POSTE_SIREN = '356000000';

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Removes the spaces people type or paste ("123 456 789 00012"). */
export function normaliseSiret(text: string): string {
  return text.replace(/[\s.]/g, '');
}

export type SiretProblem = 'format' | 'checksum';

export function siretProblem(text: string): SiretProblem | null {
  const digits = normaliseSiret(text);
  if (!/^\d{14}$/.test(digits)) return 'format';
  if (digits.startsWith(LA_POSTE_SIREN)) {
    const sum = [...digits].reduce((total, digit) => total + Number(digit), 0);
    return sum % 5 === 0 || luhnValid(digits) ? null : 'checksum';
  }
  return luhnValid(digits) ? null : 'checksum';
}

/** Metropolitan departments 01–95 (with 2A/2B for Corsica) and overseas 971–976. */
export function isFrenchDepartment(code: string): boolean {
  if (code === '2A' || code === '2B') return true;
  if (/^97[1-6]$/.test(code)) return true;
  if (!/^\d{2}$/.test(code)) return false;
  const number = Number(code);
  return number >= 1 && number <= 95 && number !== 20;
}
