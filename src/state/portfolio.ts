import { foldText } from '../catalog/normalise.ts';
import {
  daysBetween,
  PARAMETERS,
  simulate,
  type CertificationLookup,
  type Eligibility,
  type NextStep,
  type SimulationSuccess,
} from '../rules/index.ts';
import { emptyForm, readDate, readForm, type Answer, type FormFields } from './form.ts';
import { compareFrench } from './collate.ts';
import { formToParameters } from './url.ts';
import { ageAnswerOf, verdictOf, type VerdictKind } from './verdict.ts';

/**
 * An adviser's portfolio (issue 17): a spreadsheet of contracts, one per row, each read into the
 * simulator's own form and computed by the same engine, with the same messages. Pure functions:
 * the page's state (portfolio-state.svelte.ts) runs them in slices so the page stays responsive.
 */

// The headers name the figures of the regulation in force, as the form's legends do.
const AGE = PARAMETERS.minimumAge.value;
const STAFF_MONTHS = PARAMETERS.previousEmploymentLookBackMonths.value;
const LAYOFF_MONTHS = PARAMETERS.layoffLookBackMonths.value;

/** The columns the portfolio knows: the simulator's form and deep-link parameters, and the employer. */
export const PORTFOLIO_COLUMNS = [
  {
    id: 'reference',
    header: 'Référence',
    accepted: ['reference', 'ref', 'numero de contrat', 'n contrat', 'contrat', 'nom', 'salarie', 'nom du salarie'],
    example: 'Contrat 2026-014',
  },
  {
    id: 'employer',
    header: 'Employeur',
    accepted: ['employeur', 'raison sociale', 'nom de l employeur', 'nom employeur', 'entreprise', 'etablissement', 'societe'],
    example: 'Boulangerie Martin',
  },
  {
    id: 'siret',
    header: 'SIRET',
    accepted: ['siret', 'n siret', 'no siret', 'numero siret', 'siret employeur', 'siret de l etablissement'],
    example: '73282932000074',
  },
  {
    id: 'department',
    header: 'Département',
    accepted: ['departement', 'dept', 'dep', 'code departement', 'departement de l etablissement'],
    example: '44',
  },
  {
    id: 'contractType',
    header: 'Type de contrat',
    accepted: ['type de contrat', 'type contrat', 'type', 'nature du contrat', 'cdd cdi'],
    example: 'CDD',
  },
  {
    id: 'contractStart',
    header: 'Date de début',
    accepted: [
      'date de debut',
      'debut',
      'debut du contrat',
      'date debut',
      'date de debut du contrat',
      'date de debut d execution',
      'date debut contrat',
      'debut contrat',
      'date d embauche',
    ],
    example: '02/09/2026',
  },
  {
    id: 'plannedEnd',
    header: 'Date de fin prévue',
    accepted: [
      'date de fin prevue',
      'fin prevue',
      'date de fin',
      'date fin',
      'fin du contrat',
      'date fin contrat',
      'date de fin du contrat',
    ],
    example: '01/09/2027',
  },
  {
    id: 'earlyEnd',
    header: 'Date de rupture',
    accepted: [
      'date de rupture',
      'rupture',
      'date rupture',
      'fin anticipee',
      'date de fin anticipee',
      'fin effective',
      'date de fin effective',
    ],
    example: '',
  },
  {
    id: 'weeklyHours',
    header: 'Heures hebdomadaires',
    accepted: [
      'heures hebdomadaires',
      'heures hebdo',
      'heures',
      'duree hebdomadaire',
      'heures par semaine',
      'duree du travail',
      'temps de travail hebdomadaire',
    ],
    example: '35',
  },
  {
    id: 'fullTimeHours',
    header: 'Temps complet de référence',
    accepted: [
      'temps complet de reference',
      'temps complet',
      'temps plein',
      'duree temps plein',
      'reference temps plein',
      'duree collective',
    ],
    example: '35',
  },
  {
    id: 'unpaidMonths',
    header: 'Mois sans rémunération',
    accepted: ['mois sans remuneration', 'mois non remuneres', 'sans remuneration'],
    example: '',
  },
  {
    id: 'unpaidPeriods',
    header: 'Périodes de suspension',
    accepted: ['periodes de suspension', 'suspensions', 'suspension', 'periodes sans remuneration'],
    example: '',
  },
  {
    id: 'certificationCode',
    header: 'Code certification',
    accepted: [
      'code certification',
      'certification',
      'code rncp',
      'rncp',
      'code certifinfo',
      'certifinfo',
      'code de la certification',
      'diplome vise',
    ],
    example: 'RNCP37715',
  },
  {
    id: 'aged30OrMore',
    header: `${AGE} ans ou plus`,
    accepted: [`${AGE} ans ou plus`, `age ${AGE} ans ou plus`, `plus de ${AGE} ans`, `${AGE} ans et plus`, `age ${AGE}`],
    example: 'oui',
  },
  {
    id: 'birthDate',
    header: 'Date de naissance',
    accepted: ['date de naissance', 'naissance', 'date naissance', 'ne le', 'nee le'],
    example: '',
  },
  {
    id: 'jobSeekerAtStart',
    header: "Demandeur d'emploi",
    accepted: [
      'demandeur d emploi',
      'demandeur emploi',
      'demandeur d emploi au debut',
      'inscrit france travail',
      'inscrit a france travail',
    ],
    example: 'oui',
  },
  {
    id: 'employedInEstablishmentLast6Months',
    header: `Dans l'effectif les ${STAFF_MONTHS} mois précédents`,
    accepted: [
      `dans l effectif les ${STAFF_MONTHS} mois precedents`,
      `dans l effectif ${STAFF_MONTHS} mois`,
      'dans l effectif',
      'deja salarie',
      `salarie les ${STAFF_MONTHS} mois precedents`,
    ],
    example: 'non',
  },
  {
    id: 'applicationFiled',
    header: 'Demande déposée',
    accepted: ['demande deposee', 'demande d aide deposee', 'aide demandee'],
    example: 'non',
  },
  {
    id: 'applicationDate',
    header: 'Date de dépôt de la demande',
    accepted: ['date de depot de la demande', 'date de depot', 'depot', 'date depot', 'date de la demande', 'date demande'],
    example: '',
  },
  {
    id: 'subjectToCufpa',
    header: 'Assujetti à la CUFPA',
    accepted: ['assujetti a la cufpa', 'cufpa', 'assujetti cufpa'],
    example: 'oui',
  },
  {
    id: 'obligationsUpToDate',
    header: 'À jour de ses obligations',
    accepted: ['a jour de ses obligations', 'a jour obligations', 'obligations a jour', 'obligations sociales et fiscales'],
    example: 'oui',
  },
  {
    id: 'economicLayoffsLast6Months',
    header: `Licenciement économique les ${LAYOFF_MONTHS} mois précédents`,
    accepted: [`licenciement economique les ${LAYOFF_MONTHS} mois precedents`, 'licenciement economique', 'licenciement eco'],
    example: 'non',
  },
] as const;

export type ColumnId = (typeof PORTFOLIO_COLUMNS)[number]['id'];
export type CellValue = string | number | boolean | Date | null;
/** Which file column feeds which field: file column index → column id, or null to ignore it. */
export type ColumnMapping = (ColumnId | null)[];

const COLUMN_BY_FOLDED_HEADER = new Map<string, ColumnId>(
  PORTFOLIO_COLUMNS.flatMap((column) => [foldText(column.header), ...column.accepted].map((name) => [name, column.id] as const)),
);

export function columnHeader(id: ColumnId): string {
  return PORTFOLIO_COLUMNS.find((column) => column.id === id)!.header;
}

/** Recognises the file's headers (case, accents, underscores and punctuation do not matter); the first wins. */
export function mapHeaders(headers: readonly CellValue[]): { mapping: ColumnMapping; ignored: string[] } {
  const taken = new Set<ColumnId>();
  const ignored: string[] = [];
  const mapping = headers.map((header) => {
    const text = cellText(header);
    const id = COLUMN_BY_FOLDED_HEADER.get(foldText(text));
    if (!id || taken.has(id)) {
      if (text) ignored.push(text);
      return null;
    }
    taken.add(id);
    return id;
  });
  return { mapping, ignored };
}

/** Spreadsheet dates are calendar days: read in UTC, as the library writes them, never the machine's zone. */
function dateText(value: Date): string {
  if (Number.isNaN(value.getTime())) return '';
  const day = String(value.getUTCDate()).padStart(2, '0');
  const month = String(value.getUTCMonth() + 1).padStart(2, '0');
  return `${day}/${month}/${value.getUTCFullYear()}`;
}

export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return value.replace(/\s+/g, ' ').trim();
}

const YES = new Set(['oui', 'o', 'yes', 'y', 'vrai', 'true', '1', 'x']);
const NO = new Set(['non', 'n', 'no', 'faux', 'false', '0']);

/** One problem of one cell: its row (as the spreadsheet numbers it), column and the form's message. */
export interface CellProblem {
  row: number;
  column: string;
  value: string;
  message: string;
}

/** One contract of the file, read into the simulator's form. */
export interface PortfolioRow {
  /** The row's number in the spreadsheet (the header is row 1). */
  row: number;
  reference: string;
  employer: string;
  form: FormFields;
  /** The cells as read, by column id, for the export back to the OPCO's tools. */
  cells: Partial<Record<ColumnId, string>>;
  problems: CellProblem[];
}

/** Reads one data row into the form, as if typed: the form's own reading then judges it. */
export function readRow(cells: readonly CellValue[], mapping: ColumnMapping, row: number): PortfolioRow {
  const form = emptyForm();
  const texts: Partial<Record<ColumnId, string>> = {};
  mapping.forEach((id, index) => {
    if (!id) return;
    const text = cellText(cells[index]);
    if (text) texts[id] = text;
  });
  const problems: CellProblem[] = [];
  const problem = (id: ColumnId, message: string) =>
    problems.push({ row, column: columnHeader(id), value: texts[id] ?? '', message });
  const answerOf = (id: ColumnId): Answer => {
    const text = texts[id];
    if (!text) return '';
    const folded = foldText(text);
    if (YES.has(folded)) return 'oui';
    if (NO.has(folded)) return 'non';
    problem(id, 'Répondez par oui ou par non.');
    return '';
  };

  const type = foldText(texts.contractType ?? '');
  if (type === 'cdd' || type === 'cdi') form.contractType = type === 'cdd' ? 'CDD' : 'CDI';
  else if (type) problem('contractType', 'Indiquez CDD ou CDI.');
  form.contractStart = texts.contractStart ?? '';
  form.plannedEnd = texts.plannedEnd ?? '';
  form.earlyEnd = texts.earlyEnd ?? '';
  if (texts.weeklyHours || texts.fullTimeHours) {
    form.timeMode = 'part';
    form.weeklyHours = texts.weeklyHours ?? '';
    if (texts.fullTimeHours) form.fullTimeHours = texts.fullTimeHours;
  }
  if (texts.unpaidMonths) {
    const months = texts.unpaidMonths
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map(Number);
    if (months.every((month) => Number.isInteger(month) && month >= 1 && month <= 12) && new Set(months).size === months.length)
      form.unpaidMonths = months.sort((a, b) => a - b);
    else
      problem(
        'unpaidMonths',
        'Indiquez les numéros des mois du contrat, de 1 à 12, séparés par des virgules : par exemple 3, 4.',
      );
  }
  if (texts.unpaidPeriods) {
    const pairs = texts.unpaidPeriods.split(/\s*[;|]\s*/).filter(Boolean);
    const periods = pairs.map((pair) => /^(?:du\s+)?(.+?)\s*(?:au|à|–|—|_|\s-\s)\s*(.+)$/i.exec(pair));
    if (periods.every(Boolean)) form.unpaidPeriods = periods.map((match) => ({ from: match![1]!.trim(), to: match![2]!.trim() }));
    else problem('unpaidPeriods', 'Indiquez chaque période « du JJ/MM/AAAA au JJ/MM/AAAA », séparées par « ; ».');
  }
  form.certificationCode = (texts.certificationCode ?? '').replace(/\s+/g, '').replace(/^rncp/i, 'RNCP');
  if (form.certificationCode) form.contractPurpose = 'listed-certification';
  if (texts.birthDate) {
    form.ageMode = 'birthDate';
    form.birthDate = texts.birthDate;
  }
  form.aged30OrMore = answerOf('aged30OrMore');
  if (form.ageMode === 'birthDate') form.aged30OrMore = '';
  form.jobSeekerAtStart = answerOf('jobSeekerAtStart');
  form.employedInEstablishmentLast6Months = answerOf('employedInEstablishmentLast6Months');
  form.department = texts.department ?? '';
  // A SIRET stored as a number loses no digit (14 digits fit a double); a leading zero is given back.
  form.siret = texts.siret ? (/^\d{13}$/.test(texts.siret) ? `0${texts.siret}` : texts.siret) : '';
  form.subjectToCufpa = answerOf('subjectToCufpa');
  form.obligationsUpToDate = answerOf('obligationsUpToDate');
  form.economicLayoffsLast6Months = answerOf('economicLayoffsLast6Months');
  form.applicationFiled = answerOf('applicationFiled');
  form.applicationDate = texts.applicationDate ?? '';
  // A request date says the request was filed; in a file that has the column, an empty date says it
  // was not (yet): the portfolio's stated reading, where the form asks the question.
  if (form.applicationDate && !form.applicationFiled) form.applicationFiled = 'oui';
  else if (!form.applicationFiled && mapping.includes('applicationDate')) form.applicationFiled = 'non';
  return { row, reference: texts.reference ?? '', employer: texts.employer ?? '', form, cells: texts, problems };
}

export type RowStatus = 'eligible' | 'ineligible' | 'nothing-due' | 'incomplete' | 'unreadable';

const STATUS_OF_VERDICT: Record<VerdictKind, RowStatus> = {
  eligible: 'eligible',
  ineligible: 'ineligible',
  'nothing-due': 'nothing-due',
  'to-confirm': 'incomplete',
  'to-complete': 'incomplete',
  computing: 'incomplete',
};

/**
 * The engine's figures a row keeps: its whole result (explanation, months, checks) weighs about
 * 10 KB, 500 MB for 50,000 rows, and would be copied from the worker for nothing. The simulator
 * shows the rest when the row is opened.
 */
export interface RowFigures {
  ok: true;
  amount: number;
  monthsDue: number;
  applicationDeadline: string;
  eligibility: Pick<Eligibility, 'status'>;
}

/** What the table, the filters and the export read of a step: its status and dates (its text is the simulator's). */
export type StepDates = Pick<NextStep, 'status' | 'from' | 'until'>;

const datesOf = (step: NextStep | undefined): StepDates | null =>
  step ? { status: step.status, from: step.from, until: step.until } : null;

const figuresOf = (result: SimulationSuccess): RowFigures => ({
  ok: true,
  amount: result.amount,
  monthsDue: result.monthsDue,
  applicationDeadline: result.applicationDeadline,
  eligibility: { status: result.eligibility.status },
});

/** One row computed: what the results table, the filters, the totals and the export need. */
export interface PortfolioResult {
  source: PortfolioRow;
  status: RowStatus;
  /** The form's and the engine's problems with this row (cell problems included). */
  problems: CellProblem[];
  result: RowFigures | null;
  certificationTitle: string;
  /** The first unmet condition, or the first missing field, in words. */
  reason: string;
  applicationStep: StepDates | null;
  paymentStep: StepDates | null;
  /** The contract start (ISO), for sorting and the export; null when unreadable. */
  start: string | null;
  /** Days from today to the application deadline (negative once passed); null when filed or unknown. */
  daysLeft: number | null;
  /** The request was not filed in time, or cannot be any more. */
  deadlineMissed: boolean;
  /** The "30 ans ou plus" answer the deep link carries instead of the birth date (§5, principle 7). */
  ageAnswer: Answer;
}

/**
 * The row's deep link into the simulator, never with the birth date. Built when a row is shown
 * or saved, not for every row: building 5,000 links took a quarter of the computing time.
 */
export function linkParameters(item: PortfolioResult): string {
  return formToParameters(item.source.form, item.ageAnswer).toString();
}

const COLUMN_IDS = new Set<string>(PORTFOLIO_COLUMNS.map((column) => column.id));

/** The column of a form field or engine path: the columns are named after the form's fields. */
function columnOfField(path: string): ColumnId | null {
  const field = path.split('.')[0]!;
  return COLUMN_IDS.has(field) ? (field as ColumnId) : null;
}

/** Computes one row with the engine, exactly as the simulator would with the same answers. */
export function computeRow(source: PortfolioRow, today: string, findCertification: CertificationLookup): PortfolioResult {
  const problems = [...source.problems];
  const { form } = source;
  const reading = readForm(form);
  const problemAt = (path: string, message: string) => {
    const id = columnOfField(path);
    if (!id) return;
    problems.push({ row: source.row, column: columnHeader(id), value: source.cells[id] ?? '', message });
  };
  for (const [path, message] of Object.entries(reading.errors)) if (message) problemAt(path, message);
  const code = form.certificationCode;
  const certificationTitle = (code && findCertification(code)?.title) || '';
  const start = readDate(form.contractStart) || null;
  const base = {
    source,
    certificationTitle,
    start,
    applicationStep: null,
    paymentStep: null,
    daysLeft: null,
    deadlineMissed: false,
  };
  if (!reading.input) {
    const missing = reading.missing.map((field) => (COLUMN_IDS.has(field) ? columnHeader(field as ColumnId) : field));
    const status: RowStatus = problems.length ? 'unreadable' : 'incomplete';
    const reason = problems.length ? `${problems[0]!.column} : ${problems[0]!.message}` : `À compléter : ${missing.join(', ')}`;
    return { ...base, ageAnswer: ageAnswerOf(form, null), status, problems, result: null, reason };
  }
  const outcome = simulate(reading.input, { findCertification, today });
  if (!outcome.ok) {
    for (const error of outcome.errors) problemAt(error.path, error.message);
    const first = problems[0];
    return {
      ...base,
      ageAnswer: ageAnswerOf(form, null),
      status: 'unreadable',
      problems,
      result: null,
      reason: first ? `${first.column} : ${first.message}` : 'Données illisibles',
    };
  }
  // The simulator's own verdict: the same reading of the same result, in the same words.
  const verdict = verdictOf(outcome, form, today);
  const status = STATUS_OF_VERDICT[verdict.kind];
  const reason = verdict.headline;
  const applicationStep = datesOf(outcome.steps.find((step) => step.id === 'file-application'));
  const paymentStep = datesOf(outcome.steps.find((step) => step.id === 'payment-request'));
  // Days left to file, counted for every contract whose request is not filed: also when the deadline
  // has passed and the contract no longer opens the aid (the aid the employer is about to miss).
  const daysLeft = form.applicationFiled === 'oui' ? null : daysBetween(today, outcome.applicationDeadline);
  const deadlineMissed =
    applicationStep?.status === 'late' ||
    outcome.eligibility.checks.some((check) => check.id === 'application-deadline' && check.status === 'unmet');
  return {
    ...base,
    // The deep link never carries the birth date: the age answer goes instead, as the simulator writes it.
    ageAnswer: ageAnswerOf(form, outcome),
    status,
    problems,
    result: figuresOf(outcome),
    reason,
    applicationStep,
    paymentStep,
    daysLeft,
    deadlineMissed,
  };
}

export type PortfolioFilter = 'all' | 'due-30-days' | 'late' | 'ineligible' | 'problems';

export const FILTER_LABELS: Record<PortfolioFilter, string> = {
  all: 'Tous les contrats',
  'due-30-days': 'À déposer dans les 30 jours',
  late: 'Délai dépassé',
  ineligible: 'Non éligibles',
  problems: 'Lignes à corriger',
};

export function passesFilter(item: PortfolioResult, filter: PortfolioFilter, employer: string): boolean {
  if (employer && foldText(item.source.employer) !== employer) return false;
  switch (filter) {
    case 'all':
      return true;
    case 'due-30-days':
      return (
        !item.deadlineMissed &&
        item.status !== 'ineligible' &&
        item.daysLeft !== null &&
        item.daysLeft >= 0 &&
        item.daysLeft <= 30
      );
    case 'late':
      return item.deadlineMissed || item.paymentStep?.status === 'late';
    case 'ineligible':
      return item.status === 'ineligible';
    case 'problems':
      return item.problems.length > 0;
  }
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export type SortKey = 'row' | 'employer' | 'start' | 'amount' | 'deadline';

export function compareResults(a: PortfolioResult, b: PortfolioResult, key: SortKey): number {
  switch (key) {
    case 'row':
      return a.source.row - b.source.row;
    case 'employer':
      return compareFrench(a.source.employer, b.source.employer) || a.source.row - b.source.row;
    case 'start':
      // ISO dates sort as text; an unreadable start goes last.
      return compareText(a.start ?? '9999', b.start ?? '9999') || a.source.row - b.source.row;
    case 'amount':
      return (b.result?.amount ?? -1) - (a.result?.amount ?? -1) || a.source.row - b.source.row;
    case 'deadline':
      return (a.daysLeft ?? Number.POSITIVE_INFINITY) - (b.daysLeft ?? Number.POSITIVE_INFINITY) || a.source.row - b.source.row;
  }
}
