import { citeClause, type ClauseId } from './clauses.ts';
import { addMonths, compareDates, formatFrenchDate, isBornOnLeapDay, isSupportedDate, minDate, type IsoDate } from './dates.ts';
import { assessEligibility, type CertificationLookup, type Eligibility } from './eligibility.ts';
import { formatDecimal, formatEuros, formatPercent } from './format.ts';
import { validateInput, type InputError, type SimulationInput, type ValidSimulationInput } from './input.ts';
import { contractMonths, type ContractMonth } from './months.ts';
import { CONTRACT_LAW, type ParameterSet } from './parameters.ts';
import { REGULATION_VERSIONS, summaryOf, versionInForce, type RegulationSummary, type RegulationVersion } from './versions.ts';
import { nextSteps, type NextStep } from './steps.ts';

export interface SimulationOptions {
  /** Resolves a certification code against the annex (see src/catalog). */
  findCertification?: CertificationLookup;
  /** Today's date, for warnings about far-future starts. Never read from the clock here. */
  today?: IsoDate;
  /** The versions of the regulation, oldest first (the shipped ones unless a test gives others). */
  versions?: readonly RegulationVersion[];
}

export type WarningCode =
  | 'after-exempted-scheme'
  | 'cdd-shorter-than-6-months'
  | 'cdd-longer-than-12-months'
  | 'weekly-hours-below-24'
  | 'weekly-hours-above-full-time'
  | 'partly-unpaid-months'
  | 'start-far-in-future'
  | 'payment-request-literal-text'
  | 'leap-day-birthday';

export interface SimulationWarning {
  code: WarningCode;
  message: string;
  clause: ClauseId | null;
}

export interface ExplanationStep {
  id: string;
  text: string;
  clause: ClauseId;
  citation: string;
}

export interface SimulationSuccess {
  ok: true;
  /** The version of the regulation in force at the contract start; null before the first one. */
  regulation: RegulationSummary | null;
  /** Euros, rounded to the cent; the amount if every condition is met. */
  amount: number;
  monthlyAmount: number;
  /** Part-time ratio, 1 for full time. */
  ratio: number;
  /**
   * How the amount is computed, with the exact fraction so that it reproduces the amount to the
   * cent: "500 € × 24/35 × 12 mois". The rounded monthly amount would not (342,86 € × 12 ≠ 4 114,29 €).
   */
  formula: string;
  /** Why nothing is due, when the amount is 0 (rupture in month 1, no paid month). */
  nothingDue: string | null;
  monthsDue: number;
  months: ContractMonth[];
  /** Earlier of the planned end (CDD) and the early end; null for a CDI still running. */
  effectiveEnd: IsoDate | null;
  /** Last day of the aided period: end of month 12, or the effective end if earlier. */
  aidedPeriodEnd: IsoDate;
  applicationDeadline: IsoDate;
  /** When the aid is paid ("à l'issue" of the aided period); null when nothing is due. */
  paymentDate: IsoDate | null;
  paymentRequestDeadline: IsoDate | null;
  eligibility: Eligibility;
  warnings: SimulationWarning[];
  explanation: ExplanationStep[];
  /** "Vos démarches", dated; empty when the contract does not open the aid. */
  steps: NextStep[];
}

export type SimulationResult = SimulationSuccess | { ok: false; errors: InputError[] };

/** Whether a product is a whole number (to the float noise of a division): nothing was rounded. */
function isExact(value: number): boolean {
  return Math.abs(value - Math.round(value)) < 1e-6;
}

function roundToCent(value: number): number {
  return Math.round(value * 100) / 100;
}

function partTimeRatio(input: ValidSimulationInput, p: ParameterSet): { ratio: number; fullTimeHours: number } {
  const fullTimeHours = input.fullTimeHours ?? p.defaultFullTimeHours.value;
  const ratio = input.weeklyHours == null ? 1 : Math.min(1, input.weeklyHours / fullTimeHours);
  return { ratio, fullTimeHours };
}

function effectiveEndOf(input: ValidSimulationInput): { end: IsoDate | null; isRupture: boolean } {
  const planned = input.contractType === 'CDD' ? (input.plannedEnd ?? null) : null;
  const early = input.earlyEnd ?? null;
  // A "rupture" on or after the planned end of a CDD is the CDD reaching its term.
  if (planned && early) return { end: minDate(planned, early), isRupture: compareDates(early, planned) < 0 };
  return { end: planned ?? early, isRupture: early !== null };
}

const EXCLUSION_TEXT = {
  'rupture-first-month': 'rupture dans le premier mois',
  'ended-first-month': 'contrat terminé dans le premier mois',
  'after-end': 'après la fin du contrat',
  unpaid: 'sans rémunération',
} as const;

function step(id: string, clause: ClauseId, text: string): ExplanationStep {
  return { id, text, clause, citation: citeClause(clause) };
}

function collectWarnings(
  input: ValidSimulationInput,
  months: ContractMonth[],
  lastMonthEnd: IsoDate,
  today: IsoDate | undefined,
  p: ParameterSet,
): SimulationWarning[] {
  const warnings: SimulationWarning[] = [];
  const warn = (code: WarningCode, clause: ClauseId | null, message: string) => warnings.push({ code, clause, message });
  const start = input.contractStart;
  if (compareDates(start, p.exemptedSchemeEnd.value) > 0) {
    warn(
      'after-exempted-scheme',
      'stateAid',
      `Le contrat commence après le ${formatFrenchDate(p.exemptedSchemeEnd.value)}, fin de la période 2024-2026 du régime SA.111722 : vérifiez auprès de la Région les règles applicables à cette date.`,
    );
  }
  if (input.contractType === 'CDD' && input.plannedEnd) {
    // Shorter than 6 months: the planned end falls before the last day of the 6th month.
    if (compareDates(input.plannedEnd, months[CONTRACT_LAW.cddMinMonths - 1]!.end) < 0) {
      warn(
        'cdd-shorter-than-6-months',
        null,
        'Un contrat de professionnalisation en CDD dure en principe au moins 6 mois (Code du travail) : vérifiez la date de fin prévue.',
      );
    }
    if (compareDates(input.plannedEnd, lastMonthEnd) > 0) {
      warn(
        'cdd-longer-than-12-months',
        null,
        `Le CDD dure plus de ${p.maxAidedMonths.value} mois : c'est possible pour certains publics (jusqu'à 36 mois), mais seuls les ${p.maxAidedMonths.value} premiers mois sont aidés.`,
      );
    }
  }
  const fullTimeHours = input.fullTimeHours ?? p.defaultFullTimeHours.value;
  if (input.weeklyHours != null && input.weeklyHours > fullTimeHours) {
    warn(
      'weekly-hours-above-full-time',
      'partTime',
      `La durée hebdomadaire (${formatDecimal(input.weeklyHours)} h) dépasse le temps complet de référence (${formatDecimal(fullTimeHours)} h) : l'aide est celle d'un temps complet (quotité plafonnée à 100 %). Vérifiez les deux durées.`,
    );
  }
  if (input.weeklyHours != null && input.weeklyHours < CONTRACT_LAW.partTimeMinimumWeeklyHours) {
    warn(
      'weekly-hours-below-24',
      'partTime',
      `La durée hebdomadaire est inférieure à ${CONTRACT_LAW.partTimeMinimumWeeklyHours} h, minimum légal du temps partiel sauf dérogation : vérifiez le contrat.`,
    );
  }
  const partly = months.filter((month) => month.due && month.partlyUnpaid).map((month) => month.index);
  if (partly.length > 0) {
    warn(
      'partly-unpaid-months',
      'suspension',
      `À vérifier : ${partly.length > 1 ? 'les mois' : 'le mois'} ${partly.join(', ')} ${partly.length > 1 ? 'sont' : 'est'} en partie couvert${partly.length > 1 ? 's' : ''} par une suspension ; ${partly.length > 1 ? 'ils ne sont dus' : "il n'est dû"} que si une rémunération a été versée.`,
    );
  }
  if (today && compareDates(start, addMonths(today, 12 * CONTRACT_LAW.futureStartWarningYears)) > 0) {
    warn(
      'start-far-in-future',
      null,
      "Le contrat commence dans plus d'un an : vérifiez la date de début ; le règlement pourrait avoir changé d'ici là.",
    );
  }
  if (input.birthDate && isBornOnLeapDay(input.birthDate)) {
    warn(
      'leap-day-birthday',
      'employeeConditions',
      "Né un 29 février : l'anniversaire est compté le 28 février les années non bissextiles (interprétation du simulateur).",
    );
  }
  return warnings;
}

/**
 * The engine's door: never throws, whatever it is given (principle "invalid input never produces
 * a number", and a link or a stored value must never blank the page). Input outside the schema
 * comes back as field errors; a `today` that is not a supported date is ignored (it only feeds a
 * warning); anything the engine still could not compute comes back as an error, not an exception.
 */
export function simulate(rawInput: SimulationInput | Record<string, unknown>, options: SimulationOptions = {}): SimulationResult {
  try {
    const today = typeof options?.today === 'string' && isSupportedDate(options.today) ? options.today : undefined;
    const findCertification = typeof options?.findCertification === 'function' ? options.findCertification : undefined;
    const versions = Array.isArray(options?.versions) ? options.versions : undefined;
    return computeSimulation(rawInput, { findCertification, today, versions });
  } catch {
    return {
      ok: false,
      errors: [
        {
          path: 'input',
          message: "Ces données ne permettent pas de calculer l'aide : vérifiez les dates et les montants saisis.",
        },
      ],
    };
  }
}

/** "24/35" or "17,5/35": the exact part-time fraction, as the amount is computed with it. */
function ratioFraction(input: ValidSimulationInput, fullTimeHours: number, ratio: number): string {
  if (input.weeklyHours == null || ratio === 1) return '';
  return `${formatDecimal(input.weeklyHours)}/${formatDecimal(fullTimeHours)}`;
}

/** The step that says how the contract ends and what it does to the months (§3), per case. */
function effectiveEndStep(
  input: ValidSimulationInput,
  end: { end: IsoDate | null; isRupture: boolean },
  months: ContractMonth[],
): ExplanationStep {
  const lastMonth = months[months.length - 1]!;
  const aided = `${months.length} mois`;
  if (end.end === null) {
    return step(
      'effective-end',
      'amount',
      `Le contrat (CDI sans rupture) se poursuit au-delà des ${aided} aidés : les ${aided} comptent.`,
    );
  }
  const date = formatFrenchDate(end.end);
  const what = end.isRupture ? `Rupture anticipée le ${date}` : `Le CDD prend fin à la date prévue, le ${date}`;
  if (compareDates(end.end, lastMonth.end) > 0) {
    return step('effective-end', 'amount', `${what}, après les ${aided} aidés : les ${aided} comptent.`);
  }
  if (compareDates(end.end, months[0]!.end) <= 0) {
    return end.isRupture
      ? step('effective-end', 'earlyTermination', `${what}, durant le premier mois du contrat : l'aide n'est pas due.`)
      : step(
          'effective-end',
          'earlyTermination',
          `${what}, durant son premier mois : comme pour une rupture durant le premier mois, aucune aide n'est due (interprétation du simulateur).`,
        );
  }
  const month = months.find(
    (candidate) => compareDates(candidate.start, end.end!) <= 0 && compareDates(end.end!, candidate.end) <= 0,
  )!;
  const monthOfEnd = month.due
    ? `Le mois n°\u00a0${month.index}, qui contient cette date, est dû`
    : `Le mois n°\u00a0${month.index}, qui contient cette date, est sans rémunération : il n'est pas dû`;
  return end.isRupture
    ? step(
        'effective-end',
        'earlyTermination',
        `${what} (mois n°\u00a0${month.index}). ${monthOfEnd} ; l'aide n'est pas due à compter du mois suivant.`,
      )
    : step(
        'effective-end',
        'payment',
        `${what} (mois n°\u00a0${month.index}), avant la fin du ${months.length}e mois. ${monthOfEnd} ; les mois suivants sont après la fin du contrat.`,
      );
}

function computeSimulation(rawInput: SimulationInput | Record<string, unknown>, options: SimulationOptions): SimulationResult {
  const validation = validateInput(rawInput);
  if (!validation.ok) return validation;
  const input = validation.input;
  const versions = options.versions?.length ? options.versions : REGULATION_VERSIONS;
  // The version in force at the contract start applies; before the first one, none does (an unmet
  // condition), and the first one's figures give the amount it would have been.
  const version = versionInForce(input.contractStart, versions);
  const p = (version ?? versions[0]!).parameters;
  const { ratio, fullTimeHours } = partTimeRatio(input, p);
  const end = effectiveEndOf(input);
  const effectiveEnd = end.end;
  const months = contractMonths({
    contractStart: input.contractStart,
    effectiveEnd,
    unpaidMonths: input.unpaidMonths ?? [],
    unpaidPeriods: input.unpaidPeriods ?? [],
    endIsRupture: end.isRupture,
    count: p.maxAidedMonths.value,
  });
  const lastMonth = months[months.length - 1]!;
  const monthsDue = months.filter((month) => month.due).length;
  const monthly = p.monthlyAmountFullTime.value;
  const maxAmount = p.maxAmount.value;
  const monthlyAmount = roundToCent(monthly * ratio);
  const uncapped = roundToCent(monthly * ratio * monthsDue);
  const amount = Math.min(uncapped, maxAmount);
  const fraction = ratioFraction(input, fullTimeHours, ratio);
  const formula = `${formatEuros(monthly)}${fraction ? ` × ${fraction}` : ''} × ${monthsDue} mois`;

  const applicationDeadline = addMonths(input.contractStart, p.applicationDeadlineMonths.value);
  const aidedPeriodEnd = effectiveEnd ? minDate(effectiveEnd, lastMonth.end) : lastMonth.end;
  const paymentDate = monthsDue > 0 ? aidedPeriodEnd : null;
  const paymentRequestDeadline = paymentDate ? addMonths(paymentDate, p.paymentRequestDeadlineMonths.value) : null;

  const eligibility = assessEligibility(input, {
    version,
    parameters: p,
    applicationDeadline,
    findCertification: options.findCertification,
    today: options.today,
  });
  const warnings = collectWarnings(input, months, lastMonth.end, options.today, p);
  const runsBeyondAidedPeriod = effectiveEnd === null || compareDates(effectiveEnd, lastMonth.end) > 0;
  if (paymentRequestDeadline && runsBeyondAidedPeriod) {
    warnings.push({
      code: 'payment-request-literal-text',
      clause: 'paymentRequest',
      message: `Le règlement dit « ${p.paymentRequestDeadlineMonths.value} mois après la fin du contrat » ; le contrat continue après les ${months.length} mois aidés. Par prudence, déposez la demande de paiement au plus tard le ${formatFrenchDate(paymentRequestDeadline)}, ${p.paymentRequestDeadlineMonths.value} mois après la fin du ${months.length}e mois.`,
    });
  }

  const excluded = months.filter((month) => !month.due);
  const exclusionSummary = Object.entries(EXCLUSION_TEXT)
    .map(([exclusion, text]) => {
      const indexes = excluded.filter((month) => month.exclusion === exclusion).map((month) => month.index);
      return indexes.length ? `mois ${indexes.join(', ')} : ${text}` : '';
    })
    .filter(Boolean)
    .join(' ; ');
  const firstMonth = months[0]!;
  const nothingDue =
    monthsDue > 0
      ? null
      : firstMonth.exclusion === 'rupture-first-month'
        ? `la rupture du contrat le ${formatFrenchDate(effectiveEnd!)} intervient durant le premier mois`
        : firstMonth.exclusion === 'ended-first-month'
          ? `le contrat prend fin le ${formatFrenchDate(effectiveEnd!)}, durant son premier mois`
          : 'aucun des mois du contrat n’a donné lieu à une rémunération';
  const explanation: ExplanationStep[] = [
    step(
      'months',
      'amount',
      `La période aidée compte ${months.length} mois au plus, du ${formatFrenchDate(firstMonth.start)} au ${formatFrenchDate(lastMonth.end)} (mois n°\u00a01 du ${formatFrenchDate(firstMonth.start)} au ${formatFrenchDate(firstMonth.end)}).`,
    ),
    effectiveEndStep(input, end, months),
    step(
      'months-due',
      excluded.some((month) => month.exclusion === 'unpaid') ? 'suspension' : 'amount',
      `${monthsDue === 0 ? "Aucun mois n'est dû" : `${monthsDue} mois ${monthsDue > 1 ? 'sont dus' : 'est dû'} sur ${months.length}`}${exclusionSummary ? ` (${exclusionSummary})` : ''}.`,
    ),
    step(
      'ratio',
      'partTime',
      input.weeklyHours == null
        ? 'Temps complet : quotité de 100 %.'
        : ratio === 1
          ? input.weeklyHours > fullTimeHours
            ? `Durée déclarée : ${formatDecimal(input.weeklyHours)} h pour un temps complet de ${formatDecimal(fullTimeHours)} h, quotité plafonnée à 100 %.`
            : `Durée déclarée : ${formatDecimal(input.weeklyHours)} h, égale au temps complet de référence : quotité de 100 %.`
          : `Temps partiel : ${formatDecimal(input.weeklyHours)} h ÷ ${formatDecimal(fullTimeHours)} h, soit la fraction ${fraction}, quotité de ${formatPercent(ratio)}${isExact(ratio * 10000) ? '' : ' (arrondie à l’affichage ; le calcul garde la fraction exacte)'}.`,
    ),
    step(
      'amount',
      'amount',
      `${formula} = ${formatEuros(uncapped)}${fraction && !isExact(monthly * ratio * monthsDue * 100) ? ', arrondi au centime' : ''}${
        uncapped > maxAmount ? `, plafonné à ${formatEuros(maxAmount)}` : ''
      }.`,
    ),
    step(
      'application-deadline',
      'applicationDeadline',
      `La demande d'aide doit être déposée au plus tard le ${formatFrenchDate(applicationDeadline)}, ${p.applicationDeadlineMonths.value} mois après le début du contrat.`,
    ),
    step(
      'payment',
      'payment',
      paymentDate && paymentRequestDeadline
        ? `L'aide est versée en une fois à l'issue de la période aidée (${formatFrenchDate(paymentDate)}) ; la demande de paiement est à faire au plus tard le ${formatFrenchDate(paymentRequestDeadline)}.`
        : "Aucun mois n'étant dû, aucune demande de paiement n'est à faire.",
    ),
  ];
  const applicationCheck = eligibility.checks.find((check) => check.id === 'application-deadline')!;
  const steps =
    eligibility.status === 'ineligible'
      ? []
      : nextSteps({
          applicationCheck,
          applicationDate: input.applicationDate ?? undefined,
          applicationDeadline,
          paymentDate,
          paymentRequestDeadline,
          today: options.today,
          parameters: p,
        });

  return {
    ok: true,
    regulation: version ? summaryOf(version) : null,
    amount,
    monthlyAmount,
    ratio,
    formula,
    nothingDue,
    monthsDue,
    months,
    effectiveEnd,
    aidedPeriodEnd,
    applicationDeadline,
    paymentDate,
    paymentRequestDeadline,
    eligibility,
    warnings,
    explanation,
    steps,
  };
}
