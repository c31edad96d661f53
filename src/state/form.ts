import {
  addDays,
  addMonths,
  formatFrenchDate,
  dateProblem,
  isIsoDate,
  isSupportedDate,
  SUPPORTED_YEARS_TEXT,
  type ContractPurpose,
  normaliseSiret,
  PARAMETERS,
} from '../rules/basics.ts';
import type { SimulationInput } from '../rules/index.ts';

/**
 * The simulator form as the user fills it: strings as typed, answers as 'oui' / 'non' / ''.
 * Pure functions turn it into the engine's input and route the engine's errors back to fields.
 */
export type Answer = '' | 'oui' | 'non';

export interface Period {
  from: string;
  to: string;
}

export interface FormFields {
  contractStart: string;
  contractType: '' | 'CDD' | 'CDI';
  plannedEnd: string;
  /** Helper: a CDD duration in months, which fills the planned end. */
  durationMonths: string;
  timeMode: 'full' | 'part';
  weeklyHours: string;
  fullTimeHours: string;
  earlyEnd: string;
  unpaidMonths: number[];
  unpaidPeriods: Period[];
  certificationCode: string;
  contractPurpose: '' | ContractPurpose;
  ageMode: 'answer' | 'birthDate';
  birthDate: string;
  aged30OrMore: Answer;
  jobSeekerAtStart: Answer;
  employedInEstablishmentLast6Months: Answer;
  department: string;
  siret: string;
  subjectToCufpa: Answer;
  obligationsUpToDate: Answer;
  economicLayoffsLast6Months: Answer;
  /** Whether the aid request was filed: asked, never assumed (its date decides the deadline check). */
  applicationFiled: Answer;
  applicationDate: string;
}

export type FieldName = keyof FormFields;

/** The fields answered by oui / non. */
export type AnswerField = { [K in FieldName]: FormFields[K] extends Answer ? K : never }[FieldName];

/**
 * The form's field labels, typed once: the form shows them, and the list of what keeps the amount
 * from showing names the fields with them.
 */
export const FIELD_LABELS = {
  contractStart: "Date de début d'exécution du contrat",
  contractType: 'Type de contrat',
  plannedEnd: 'Date de fin prévue du CDD',
  weeklyHours: 'Durée hebdomadaire du contrat (heures)',
  fullTimeHours: 'Temps complet de référence (heures)',
  earlyEnd: 'Date de fin effective en cas de rupture anticipée',
  unpaidMonths: 'Mois sans rémunération',
  certificationCode: 'Certification préparée',
  birthDate: 'Date de naissance du salarié',
  department: "Département de l'établissement",
  siret: "SIRET de l'établissement (facultatif)",
  applicationDate: "Date de dépôt de la demande d'aide",
} as const satisfies Partial<Record<FieldName, string>>;

export function emptyForm(): FormFields {
  return {
    contractStart: '',
    contractType: '',
    plannedEnd: '',
    durationMonths: '',
    timeMode: 'full',
    weeklyHours: '',
    fullTimeHours: String(PARAMETERS.defaultFullTimeHours.value),
    earlyEnd: '',
    unpaidMonths: [],
    unpaidPeriods: [],
    certificationCode: '',
    contractPurpose: '',
    ageMode: 'answer',
    birthDate: '',
    aged30OrMore: '',
    jobSeekerAtStart: '',
    employedInEstablishmentLast6Months: '',
    department: '',
    siret: '',
    subjectToCufpa: '',
    obligationsUpToDate: '',
    economicLayoffsLast6Months: '',
    applicationFiled: '',
    applicationDate: '',
  };
}

/**
 * A date as people type it on any keyboard: 02/01/2027, 2/1/2027, 02.01.2027, 02-01-2027,
 * 02 01 2027 (an iPhone's numeric keypad has no "/"), 02012027, or ISO as pasted from elsewhere.
 */
const SEPARATED_DATE = /^(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{2}|\d{4})$/;
const DIGITS_DATE = /^(\d{2})(\d{2})(\d{4}|\d{2})$/;

/**
 * Two-digit years: a contract, request or rupture date is of this century (27 → 2027); a birth
 * date is refused, since 1927 and 2027 are both possible there.
 */
export type ShortYear = 'this-century' | 'refuse';

function typedParts(text: string): { day: string; month: string; year: string } | null {
  const trimmed = text.trim();
  const match = SEPARATED_DATE.exec(trimmed) ?? DIGITS_DATE.exec(trimmed);
  return match ? { day: match[1]!, month: match[2]!, year: match[3]! } : null;
}

function typedToIso(text: string, shortYear: ShortYear): string {
  const parts = typedParts(text);
  if (!parts) return text.trim();
  if (parts.year.length === 2 && shortYear === 'refuse') return '';
  const year = parts.year.length === 2 ? `20${parts.year}` : parts.year;
  return `${year}-${parts.month.padStart(2, '0')}-${parts.day.padStart(2, '0')}`;
}

/**
 * Reads a typed date (see SEPARATED_DATE). Returns the ISO date, '' when empty, or null when it is
 * not a real date of the supported years.
 */
export function readDate(text: string, shortYear: ShortYear = 'this-century'): string | null {
  if (!text.trim()) return '';
  const iso = typedToIso(text, shortYear);
  return isSupportedDate(iso) ? iso : null;
}

/** Why readDate refused a text: a two-digit birth year, a date outside the supported years, or no date at all. */
export function dateMessage(text: string, shortYear: ShortYear = 'this-century'): string {
  if (shortYear === 'refuse' && typedParts(text)?.year.length === 2) {
    return "Indiquez l'année sur 4 chiffres, par exemple 14/03/1990.";
  }
  return dateProblem(typedToIso(text, shortYear)) === 'out-of-range'
    ? `Saisissez une date des ${SUPPORTED_YEARS_TEXT}.`
    : "Cette date n'existe pas ou n'est pas au format JJ/MM/AAAA.";
}

/**
 * Whether a date being typed is complete enough to judge: until then (02/0, 0201) no error is
 * shown; its field says what is wrong once the person leaves it.
 */
export function looksComplete(text: string): boolean {
  const trimmed = text.trim();
  return /^\d{1,2}\D+\d{1,2}\D+\d{4}$/.test(trimmed) || /^\d{8}$/.test(trimmed) || /^\d{4}-\d{2}-\d{2}$/.test(trimmed);
}

/**
 * Slashes inserted as digits are typed (02012027 → 02/01/2027), for keypads without "/". Applies
 * only to text of digits and slashes in the JJ/MM/AAAA shape; 2/1/2027, dots, dashes and spaces
 * are left as typed (and read as they are). The caret stays after the same digits.
 */
export function maskDateTyping(text: string, caret: number): { text: string; caret: number } {
  const unchanged = { text, caret };
  // A one-digit group before a slash (2/1/2027) is the short form: the person types the slashes.
  if (!/^[\d/]*$/.test(text) || /(^|\/)\d\//.test(text)) return unchanged;
  const digits = text.replace(/\//g, '');
  if (digits.length > 8) return unchanged;
  let masked = digits.slice(0, 2);
  if (digits.length > 2) masked += `/${digits.slice(2, 4)}`;
  if (digits.length > 4) masked += `/${digits.slice(4)}`;
  // A slash the person typed right after the day or the month stays.
  if (text.endsWith('/') && (digits.length === 2 || digits.length === 4)) masked += '/';
  const digitsBeforeCaret = text.slice(0, caret).replace(/\//g, '').length;
  let position = 0;
  for (let seen = 0; position < masked.length && seen < digitsBeforeCaret; position++) {
    if (masked[position] !== '/') seen++;
  }
  // After a digit that completes the day or month, the caret goes past the slash inserted after it.
  if (caret === text.length) position = masked.length;
  return { text: masked, caret: position };
}

/** The text typed in a date field ('contractStart', 'unpaidPeriods.0.from'…), or null for another field. */
export function typedDate(form: FormFields, field: string): string | null {
  const period = /^unpaidPeriods\.(\d+)\.(from|to)$/.exec(field);
  if (period) return form.unpaidPeriods[Number(period[1])]?.[period[2] as 'from' | 'to'] ?? null;
  return (DATE_FIELDS as readonly string[]).includes(field) ? form[field as (typeof DATE_FIELDS)[number]] : null;
}

/** ISO → what the date field shows. */
export function showDate(iso: string): string {
  return isIsoDate(iso) ? formatFrenchDate(iso) : iso;
}

/** Reads "35", "17,5" or "17.5"; '' when empty, null when not a number. */
export function readNumber(text: string): number | null | '' {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return '';
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : null;
}

function answer(value: Answer): boolean | undefined {
  return value === '' ? undefined : value === 'oui';
}

const DATE_FIELDS = ['contractStart', 'plannedEnd', 'earlyEnd', 'birthDate', 'applicationDate'] as const;

export type FieldErrors = Partial<Record<string, string>>;

export interface FormReading {
  /** Null while a field cannot be read or a required one is missing. */
  input: SimulationInput | null;
  /** Problems the form itself finds (unreadable text, missing required answer). */
  errors: FieldErrors;
  /** Fields still to fill before any amount can be shown. */
  missing: FieldName[];
}

/** Turns what the user typed into the engine's input, or says which fields to fix. */
export function readForm(form: FormFields): FormReading {
  const errors: FieldErrors = {};
  const missing: FieldName[] = [];
  const dates: Partial<Record<(typeof DATE_FIELDS)[number], string>> = {};
  for (const field of DATE_FIELDS) {
    if (field === 'birthDate' && form.ageMode !== 'birthDate') continue;
    if (field === 'plannedEnd' && form.contractType !== 'CDD') continue;
    if (field === 'applicationDate' && form.applicationFiled !== 'oui') continue;
    const shortYear = field === 'birthDate' ? 'refuse' : 'this-century';
    const value = readDate(form[field], shortYear);
    if (value === null) errors[field] = dateMessage(form[field], shortYear);
    else if (value) dates[field] = value;
  }
  if (!form.contractStart.trim()) missing.push('contractStart');
  if (!form.contractType) missing.push('contractType');
  if (form.contractType === 'CDD' && !form.plannedEnd.trim()) missing.push('plannedEnd');

  let weeklyHours: number | undefined;
  let fullTimeHours: number | undefined;
  if (form.timeMode === 'part') {
    const hours = readNumber(form.weeklyHours);
    const reference = readNumber(form.fullTimeHours);
    if (hours === null) errors.weeklyHours = "Saisissez un nombre d'heures, par exemple 28 ou 17,5.";
    else if (hours === '') missing.push('weeklyHours');
    else weeklyHours = hours;
    if (reference === null) errors.fullTimeHours = "Saisissez un nombre d'heures, par exemple 35.";
    else if (reference !== '') fullTimeHours = reference;
  }

  const periods = form.unpaidPeriods.map((period, index) => {
    const from = readDate(period.from);
    const to = readDate(period.to);
    if (from === null) errors[`unpaidPeriods.${index}.from`] = dateMessage(period.from);
    if (to === null) errors[`unpaidPeriods.${index}.to`] = dateMessage(period.to);
    return from && to ? { from, to } : null;
  });

  const department = form.department.trim().toUpperCase();
  const siret = normaliseSiret(form.siret);
  if (Object.keys(errors).length > 0 || missing.length > 0) return { input: null, errors, missing };
  const input: SimulationInput = {
    contractStart: dates.contractStart!,
    contractType: form.contractType as 'CDD' | 'CDI',
    plannedEnd: dates.plannedEnd,
    earlyEnd: dates.earlyEnd,
    weeklyHours,
    fullTimeHours,
    unpaidMonths: form.unpaidMonths,
    unpaidPeriods: periods.filter((period): period is { from: string; to: string } => period !== null),
    birthDate: dates.birthDate,
    aged30OrMore: form.ageMode === 'answer' ? answer(form.aged30OrMore) : undefined,
    applicationFiled: answer(form.applicationFiled),
    applicationDate: dates.applicationDate,
    jobSeekerAtStart: answer(form.jobSeekerAtStart),
    employedInEstablishmentLast6Months: answer(form.employedInEstablishmentLast6Months),
    department: department || undefined,
    siret: siret || undefined,
    subjectToCufpa: answer(form.subjectToCufpa),
    obligationsUpToDate: answer(form.obligationsUpToDate),
    economicLayoffsLast6Months: answer(form.economicLayoffsLast6Months),
    certificationCode: form.certificationCode.trim() || undefined,
    contractPurpose: form.contractPurpose || undefined,
  };
  return { input, errors, missing };
}

/** The planned end of a CDD of `months` months: the day before start + months. */
export function plannedEndForDuration(contractStart: string, months: number): string | null {
  const start = readDate(contractStart);
  if (!start || !Number.isInteger(months) || months < 1 || months > 36) return null;
  return addDays(addMonths(start, months), -1);
}
