import { daysBetween, formatDaysUntil, formatEuros, formatFrenchDate } from '../rules/basics.ts';
import type { CheckId, NextStep, SimulationSuccess } from '../rules/index.ts';
import type { Answer, FormFields } from './form.ts';
import { countOf as plural } from './plural.ts';

/**
 * What the employer reads first, worked out from the engine's result: the verdict, then the
 * amount with what it depends on. An employer stops at the first number, so a number is never
 * first when a condition fails, and never under "Toutes les conditions sont remplies" when it is 0.
 */
export type VerdictKind = 'to-complete' | 'computing' | 'ineligible' | 'nothing-due' | 'to-confirm' | 'eligible';

export interface Question {
  /** The id of the field to go to (a radio button for a yes/no question). */
  anchor: string;
  label: string;
}

export interface Verdict {
  kind: VerdictKind;
  /** The first sentence. */
  headline: string;
  /** Why, and how to fix it when it can be fixed. */
  details: string[];
  /** What the amount is, next to its label: '' when it is simply the aid. */
  amountQualifier: string;
  /** Unanswered conditions, each linking to its field. */
  questions: Question[];
  /** The compact summary that stays on screen on a phone. */
  short: string;
}

/** Where to answer each condition of the engine. */
export function anchorOfCheck(id: CheckId, form: FormFields): string {
  switch (id) {
    case 'employer-region':
      return 'department';
    case 'employer-contribution':
      return 'subjectToCufpa-oui';
    case 'employer-obligations':
      return 'obligationsUpToDate-oui';
    case 'employer-no-layoffs':
      return 'economicLayoffsLast6Months-oui';
    case 'employee-age':
      return form.ageMode === 'birthDate' ? 'birthDate' : 'aged30OrMore-oui';
    case 'employee-jobseeker':
      return 'jobSeekerAtStart-oui';
    case 'employee-not-recent-staff':
      return 'employedInEstablishmentLast6Months-oui';
    case 'certification-type':
      return 'contractPurpose-listed-certification';
    case 'certification-listed':
      return 'certification';
    case 'application-deadline':
      return form.applicationFiled === 'oui' ? 'applicationDate' : 'applicationFiled-oui';
    case 'regulation-in-force':
      return 'contractStart';
  }
}

export function verdictOf(result: SimulationSuccess | null, form: FormFields, today: string, computing = false): Verdict {
  if (!result && computing) {
    return {
      kind: 'computing',
      headline: "Calcul de l'estimation…",
      details: [],
      amountQualifier: '',
      questions: [],
      short: 'Estimation : calcul en cours…',
    };
  }
  if (!result) {
    return {
      kind: 'to-complete',
      headline: 'Estimation à compléter',
      details: [],
      amountQualifier: '',
      questions: [],
      short: 'Estimation : à compléter',
    };
  }
  const { eligibility } = result;
  const amount = formatEuros(result.amount);
  const unmet = eligibility.checks.filter((check) => check.status === 'unmet');
  const first = eligibility.firstUnmet;
  if (first) {
    const others = unmet.length - 1;
    return {
      kind: 'ineligible',
      headline: `Ce contrat n'ouvre pas droit à l'aide : ${first.summary ?? first.label.toLowerCase()}.`,
      details: [
        first.reason,
        ...(first.remedy ? [`Pour y remédier : ${first.remedy}`] : []),
        ...(others > 0
          ? [
              `${plural(others, 'autre condition n’est pas remplie', 'autres conditions ne sont pas remplies')} : voir la liste ci-dessous.`,
            ]
          : []),
      ],
      amountQualifier: 'qui aurait été dû si toutes les conditions avaient été remplies',
      questions: [],
      short: "Pas d'aide : une condition n'est pas remplie",
    };
  }
  if (result.amount === 0) {
    return {
      kind: 'nothing-due',
      headline: `Aucune aide n'est due : ${result.nothingDue ?? "aucun mois n'est dû"}.`,
      details: [],
      amountQualifier: '',
      questions: [],
      short: "0 € : aucun mois n'est dû",
    };
  }
  const unknown = eligibility.checks.filter((check) => check.status === 'unknown');
  if (unknown.length > 0) {
    const remaining = plural(unknown.length, 'question restante', 'questions restantes');
    return {
      kind: 'to-confirm',
      headline: `Éligibilité à confirmer : ${remaining}`,
      details: [],
      amountQualifier: 'si toutes les conditions sont remplies',
      questions: unknown.map((check) => ({ anchor: anchorOfCheck(check.id, form), label: check.label })),
      short: `${amount} si toutes les conditions sont remplies · ${plural(unknown.length, 'question', 'questions')}`,
    };
  }
  // A payment request window already past is flagged like the filing deadline (§3).
  const latePayment = result.steps.find((step) => step.id === 'payment-request' && step.status === 'late');
  if (latePayment?.until) {
    return {
      kind: 'eligible',
      headline: `Le contrat ouvrait droit à l'aide, mais la date limite de la demande de paiement, le ${formatFrenchDate(latePayment.until)}, est dépassée.`,
      details: [`Passé ce délai, l'aide risque de ne plus pouvoir être versée : contactez la Région (${latePayment.citation}).`],
      amountQualifier: 'qui était dû',
      questions: [],
      short: `${amount} · demande de paiement : délai dépassé`,
    };
  }
  const task = eligibility.checks.find((check) => check.status === 'todo');
  if (task) {
    return {
      kind: 'eligible',
      headline: `Le contrat ouvre droit à l'aide, ${task.summary} (${formatDaysUntil(today, result.applicationDeadline)}).`,
      details: ["Sous réserve de l'instruction de la demande par la Région."],
      amountQualifier: '',
      questions: [],
      short: `${amount} · demande à déposer au plus tard le ${formatFrenchDate(result.applicationDeadline)}`,
    };
  }
  return {
    kind: 'eligible',
    headline: "Toutes les conditions sont remplies : le contrat ouvre droit à l'aide.",
    details: ["Sous réserve de l'instruction de la demande par la Région."],
    amountQualifier: '',
    questions: [],
    short: `Éligible : ${amount}`,
  };
}

function passed(today: string, until: string): string {
  return `Délai dépassé depuis ${plural(daysBetween(until, today), 'jour', 'jours')} (le ${formatFrenchDate(until)})`;
}

/** Where a step of "Vos démarches" stands today: "Fait", "À faire : il reste 90 jours", "Délai dépassé"… */
export function stepStatusText(step: NextStep, today: string): string {
  switch (step.status) {
    case 'done':
      return 'Fait';
    case 'late':
      return step.until ? passed(today, step.until) : 'Délai dépassé';
    case 'info':
      return 'À savoir';
    case 'todo': {
      if (step.from && daysBetween(today, step.from) > 0) return `À faire à partir du ${formatFrenchDate(step.from)}`;
      if (!step.until) return 'À faire';
      const days = daysBetween(today, step.until);
      if (days < 0) return passed(today, step.until);
      return days === 0 ? "À faire aujourd'hui, dernier jour" : `À faire : il reste ${plural(days, 'jour', 'jours')}`;
    }
  }
}

/**
 * "30 ans ou plus" as the link writes it: the answer given, or, when a birth date was typed, what the
 * age check concluded (the birth date itself never goes into a link). '' while unknown.
 */
export function ageAnswerOf(form: FormFields, result: SimulationSuccess | null): Answer {
  if (form.ageMode === 'answer') return form.aged30OrMore;
  const check = result?.eligibility.checks.find((candidate) => candidate.id === 'employee-age');
  return check?.status === 'met' ? 'oui' : check?.status === 'unmet' ? 'non' : '';
}
