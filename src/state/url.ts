import * as z from 'zod/mini';
import {
  isSupportedDate,
  SUPPORTED_YEARS_TEXT,
  isFrenchDepartment,
  PARAMETERS,
  lazySchema,
  type ContractPurpose,
} from '../rules/basics.ts';
import { emptyForm, readDate, showDate, type Answer, type AnswerField, type FormFields } from './form.ts';

/**
 * The simulation in the URL: readable French parameter names, a public deep-link contract
 * documented in the README. The birth date never goes into a URL (personal data): only the
 * derived "30 ans ou plus" answer does.
 */

// Schemas are built on first use: most visits carry no parameter at all.
const isoDate = lazySchema(() => z.string().check(z.refine(isSupportedDate)));
const yesNo = lazySchema(() => z.enum(['oui', 'non']));
const hours = lazySchema(() => z.string().check(z.regex(/^\d{1,2}([.,]\d{1,2})?$/)));
const PURPOSE_NAMES = {
  certification: 'listed-certification',
  experimental: 'experimental-contract',
  convention: 'collective-agreement-qualification',
} as const satisfies Record<string, ContractPurpose>;

type Apply = (value: string, form: Partial<FormFields>) => void;
/** The parameter's value for a form ('' writes nothing); `ageAnswer` is "30 ans ou plus", derived. */
type Write = (form: FormFields, ageAnswer: Answer) => string;

/** One parameter of the deep-link contract: how it is read into the form and written from it. */
interface ParameterRule {
  schema: () => z.ZodMiniType<string>;
  apply: Apply;
  write: Write;
  /** What a valid value looks like, said in the notice when one is refused. */
  expected?: string;
}

const writtenDate = (text: string) => readDate(text) || '';
const writtenHours = (text: string) => text.trim().replace(',', '.');

const DATE_EXPECTED = `date AAAA-MM-JJ des ${SUPPORTED_YEARS_TEXT}`;

const dateInto = (
  field: 'contractStart' | 'plannedEnd' | 'earlyEnd' | 'applicationDate',
  write: Write = (form) => writtenDate(form[field]),
): ParameterRule => ({
  schema: isoDate,
  expected: DATE_EXPECTED,
  write,
  apply: (value, form) => {
    // A request date alone does not say the request was filed: links, drafts and saved simulations
    // made before the question existed carry the day they were edited, once filled in by default.
    // It is kept, and the question asked (demande-deposee=oui answers it).
    form[field] = showDate(value);
  },
});

const answerInto = (field: AnswerField, write: Write = (form) => form[field]): ParameterRule => ({
  schema: yesNo,
  write,
  apply: (value, form) => {
    form[field] = value as Answer;
    if (field === 'aged30OrMore') form.ageMode = 'answer';
  },
});

const UNPAID_MONTHS = /^(?:[1-9]|1[0-2])(?:,(?:[1-9]|1[0-2]))*$/;
const PERIODS = /^\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}(?:,\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2})*$/;

/**
 * The deep-link contract, one table: each parameter's name, how its value is checked, read into
 * the form and written from it. Order = URL order. The README's table is checked against it.
 */
export const URL_PARAMETERS = {
  debut: dateInto('contractStart'),
  type: {
    schema: lazySchema(() => z.enum(['cdd', 'cdi'])),
    write: (form) => form.contractType.toLowerCase(),
    apply: (value, form) => {
      form.contractType = value === 'cdd' ? 'CDD' : 'CDI';
    },
  },
  fin: dateInto('plannedEnd', (form) => (form.contractType === 'CDD' ? writtenDate(form.plannedEnd) : '')),
  rupture: dateInto('earlyEnd'),
  heures: {
    schema: hours,
    write: (form) => (form.timeMode === 'part' ? writtenHours(form.weeklyHours) : ''),
    apply: (value, form) => {
      form.timeMode = 'part';
      form.weeklyHours = value.replace('.', ',');
    },
  },
  'temps-plein': {
    schema: hours,
    // Written only when it differs from the legal full time, as the form's default holds it.
    write: (form) =>
      form.timeMode === 'part' &&
      form.fullTimeHours.trim() &&
      form.fullTimeHours.trim() !== String(PARAMETERS.defaultFullTimeHours.value)
        ? writtenHours(form.fullTimeHours)
        : '',
    apply: (value, form) => {
      form.fullTimeHours = value.replace('.', ',');
    },
  },
  'sans-remuneration': {
    schema: lazySchema(() =>
      z.string().check(
        z.regex(UNPAID_MONTHS),
        z.refine((value) => new Set(value.split(',')).size === value.split(',').length),
      ),
    ),
    write: (form) => [...form.unpaidMonths].sort((a, b) => a - b).join(','),
    apply: (value, form) => {
      form.unpaidMonths = value
        .split(',')
        .map(Number)
        .sort((a, b) => a - b);
    },
  },
  suspensions: {
    schema: lazySchema(() =>
      z.string().check(
        z.regex(PERIODS),
        z.refine((value) => value.split(/[,_]/).every(isSupportedDate)),
      ),
    ),
    expected: `périodes AAAA-MM-JJ_AAAA-MM-JJ des ${SUPPORTED_YEARS_TEXT}`,
    write: (form) =>
      form.unpaidPeriods
        .map((period) => [writtenDate(period.from), writtenDate(period.to)])
        .filter(([from, to]) => from && to)
        .map(([from, to]) => `${from}_${to}`)
        .join(','),
    apply: (value, form) => {
      form.unpaidPeriods = value.split(',').map((pair) => {
        const [from, to] = pair.split('_') as [string, string];
        return { from: showDate(from), to: showDate(to) };
      });
    },
  },
  certification: {
    schema: lazySchema(() => z.string().check(z.regex(/^(RNCP)?\d{3,7}$/i))),
    write: (form) => form.certificationCode.trim().replace(/\s+/g, '').toUpperCase(),
    apply: (value, form) => {
      form.certificationCode = value.toUpperCase();
      form.contractPurpose ||= 'listed-certification';
    },
  },
  objet: {
    schema: lazySchema(() => z.enum(Object.keys(PURPOSE_NAMES) as [keyof typeof PURPOSE_NAMES])),
    // "certification" goes without saying when a certification is named.
    write: (form) => {
      const purpose = Object.entries(PURPOSE_NAMES).find(([, value]) => value === form.contractPurpose)?.[0] ?? '';
      return purpose !== 'certification' || !form.certificationCode ? purpose : '';
    },
    apply: (value, form) => {
      form.contractPurpose = PURPOSE_NAMES[value as keyof typeof PURPOSE_NAMES];
    },
  },
  'age-30-ans-ou-plus': answerInto('aged30OrMore', (_, ageAnswer) => ageAnswer),
  'demandeur-emploi': answerInto('jobSeekerAtStart'),
  'dans-effectif-6-mois': answerInto('employedInEstablishmentLast6Months'),
  departement: {
    schema: lazySchema(() => z.string().check(z.refine((value) => isFrenchDepartment(value.toUpperCase())))),
    write: (form) => form.department.trim().toUpperCase(),
    apply: (value, form) => {
      form.department = value.toUpperCase();
    },
  },
  siret: {
    schema: lazySchema(() => z.string().check(z.regex(/^\d{14}$/))),
    write: (form) => (form.siret.replace(/\D/g, '').length === 14 ? form.siret.replace(/\D/g, '') : ''),
    apply: (value, form) => {
      form.siret = value;
    },
  },
  cufpa: answerInto('subjectToCufpa'),
  'a-jour-obligations': answerInto('obligationsUpToDate'),
  'licenciement-economique': answerInto('economicLayoffsLast6Months'),
  'demande-deposee': answerInto('applicationFiled'),
  // A date typed before the answer became "non" is not the date of a filed request.
  depot: dateInto('applicationDate', (form) => (form.applicationFiled !== 'non' ? writtenDate(form.applicationDate) : '')),
} satisfies Record<string, ParameterRule>;

/**
 * The rule for a parameter name, looked up among the table's own names only: `constructor`,
 * `__proto__` or `toString` must not reach Object.prototype (they once blanked the page).
 */
export function parameterRule(name: string): ParameterRule | undefined {
  return Object.hasOwn(URL_PARAMETERS, name) ? (URL_PARAMETERS as Record<string, ParameterRule>)[name] : undefined;
}

/** Parameters the simulator leaves to other parts of the app (embedding). */
const OTHER_PARAMETERS = new Set(['integration', 'couleur', 'portefeuille']);

/**
 * Campaign and click tracking added by newsletters, social networks and analytics tools of the
 * page that linked here: not the visitor's doing, so ignored without a notice. Nothing reads them.
 */
const TRACKING_NAMES = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'xtor',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
]);
const TRACKING_PREFIXES = ['utm_', 'mtm_', 'pk_', 'matomo_', 'at_'];

export function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_NAMES.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** Echoes of a link's text in notices are cut short: a 3,000-character value must not widen the page. */
const ECHO_LIMIT = 60;
export function shortEcho(text: string): string {
  const characters = [...text];
  return characters.length > ECHO_LIMIT ? `${characters.slice(0, ECHO_LIMIT).join('')}…` : text;
}

export interface ParsedParameters {
  form: Partial<FormFields>;
  notices: string[];
}

/**
 * Reads a link's parameters; never throws. Each refused parameter gets one notice (a name repeated
 * in the link gets it once); a parameter given twice with valid values keeps the last one.
 */
export function parseParameters(search: string): ParsedParameters {
  const form: Partial<FormFields> = {};
  const notices = new Set<string>();
  // URLSearchParams reads any string (bad escapes become U+FFFD): it never throws.
  for (const [name, value] of new URLSearchParams(search)) {
    if (OTHER_PARAMETERS.has(name) || isTrackingParameter(name)) continue;
    const rule = parameterRule(name);
    if (!rule) {
      notices.add(`Le paramètre « ${shortEcho(name)} » de l'adresse est inconnu : il a été ignoré.`);
      continue;
    }
    if (!rule.schema().safeParse(value).success) {
      const expected = rule.expected ? ` (attendu : ${rule.expected})` : '';
      notices.add(`La valeur « ${shortEcho(value)} » du paramètre « ${name} » n'est pas valide${expected} : elle a été ignorée.`);
      continue;
    }
    rule.apply(value, form);
  }
  return { form, notices: [...notices] };
}

/**
 * The URL parameters for a form. `ageAnswer` is the "30 ans ou plus" answer, derived from the
 * birth date when one was typed: the birth date itself is never written.
 */
export function formToParameters(form: FormFields, ageAnswer: Answer): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, rule] of Object.entries(URL_PARAMETERS) as [string, ParameterRule][]) {
    const value = rule.write(form, ageAnswer);
    if (value) params.set(name, value);
  }
  return params;
}

/** What a browser keeps beside the URL parameters: the birth date, which never goes into a URL. */
export interface KeptBirthDate {
  ageMode: FormFields['ageMode'];
  birthDate: string;
}

/**
 * The whole form for a simulation's URL parameters, and the birth date back from this browser
 * when it was kept. Nothing is assumed: whether the request was filed is asked, never taken to be
 * today (that once judged an employer who filed in time as late, and filed contracts not yet started).
 */
export function restoreForm(search: string, kept?: KeptBirthDate): ParsedParameters & { form: FormFields } {
  const { form, notices } = parseParameters(search);
  const restored: FormFields = { ...emptyForm(), ...form };
  if (kept?.ageMode === 'birthDate') {
    restored.ageMode = 'birthDate';
    restored.birthDate = kept.birthDate;
  }
  return { form: restored, notices };
}
