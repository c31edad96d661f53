import { citeClause, type ClauseId } from './clauses.ts';
import { anniversary, compareDates, daysBetween, formatFrenchDate, type IsoDate } from './dates.ts';
import { formatDaysUntil } from './format.ts';
import type { ValidSimulationInput } from './input.ts';
import type { ParameterSet } from './parameters.ts';
import type { AnnexReference, RegulationVersion } from './versions.ts';

export const CHECK_IDS = [
  'regulation-in-force',
  'employer-region',
  'employer-contribution',
  'employer-obligations',
  'employer-no-layoffs',
  'employee-age',
  'employee-jobseeker',
  'employee-not-recent-staff',
  'certification-type',
  'certification-listed',
  'application-deadline',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];
/**
 * 'todo': neither met nor failed yet, because it depends on something still to be done in time
 * (the aid request not yet filed, its deadline not passed): a task, not a question.
 */
export type CheckStatus = 'met' | 'unmet' | 'unknown' | 'todo';

export interface EligibilityCheck {
  id: CheckId;
  /** The condition, phrased as the regulation asks it. */
  label: string;
  status: CheckStatus;
  /** Why this status, in plain French, with the figures used. */
  reason: string;
  /**
   * Unknown: what to answer. Unmet: how to fix it, only when it can still be fixed (null when not:
   * an age or a passed deadline cannot be changed). Todo: what to do, and by when.
   */
  remedy: string | null;
  /** Unmet or todo: the short phrase a verdict is made of ("le salarié avait moins de 30 ans…"). */
  summary: string | null;
  clause: ClauseId;
  /** "§2 — …", ready to display. */
  citation: string;
}

export interface Eligibility {
  status: 'eligible' | 'ineligible' | 'incomplete';
  checks: EligibilityCheck[];
  /** The first unmet condition, in the order above, when ineligible. */
  firstUnmet: EligibilityCheck | null;
}

/** A certification of the annex, as the catalogue resolves a code typed by the user. */
export interface ListedCertification {
  code: string;
  title: string;
}

/**
 * Supplied by the catalogue so that the engine stays free of data loading: looks a code up in the
 * annex of the version that applies (the catalogue ships the current one).
 */
export type CertificationLookup = (code: string, annex?: AnnexReference) => ListedCertification | null | undefined;

export interface EligibilityContext {
  /** The version in force at the contract start; null before the first one. */
  version: RegulationVersion | null;
  /** Its figures (the first version's when none applies, for the amount it would have been). */
  parameters: ParameterSet;
  applicationDeadline: IsoDate;
  findCertification: CertificationLookup | undefined;
  /** Judges a deadline when nothing was filed yet; without it, a request not filed is a task. */
  today?: IsoDate | undefined;
}

type CheckDraft = Pick<EligibilityCheck, 'status' | 'reason'> & { remedy?: string | null; summary?: string };

function fromAnswer(
  answer: boolean | null | undefined,
  wanted: boolean,
  texts: { met: string; unmet: string; unknown: string; remedy: string; fix?: string },
): CheckDraft {
  if (answer === null || answer === undefined) return { status: 'unknown', reason: texts.unknown, remedy: texts.remedy };
  return answer === wanted
    ? { status: 'met', reason: texts.met }
    : { status: 'unmet', reason: texts.unmet, remedy: texts.fix ?? null };
}

function regulationCheck(input: ValidSimulationInput, context: EligibilityContext): CheckDraft {
  const start = formatFrenchDate(input.contractStart);
  const from = formatFrenchDate(context.parameters.regulationInForceFrom.value);
  return context.version
    ? { status: 'met', reason: `Le contrat commence le ${start} : le ${context.version.title} s'applique.` }
    : {
        status: 'unmet',
        reason: `Le contrat commence le ${start}, avant le ${from}, date d'entrée en vigueur du premier règlement de cette aide : aucun règlement ne s'applique à ce contrat.`,
        summary: `le contrat a commencé avant le ${from}, date d'entrée en vigueur du règlement`,
        remedy: null,
      };
}

function regionCheck(input: ValidSimulationInput, parameters: ParameterSet): CheckDraft {
  const departments = parameters.regionDepartments.value;
  const list = departments.join(', ');
  if (!input.department) {
    return {
      status: 'unknown',
      reason: "Le département de l'établissement employeur n'est pas renseigné.",
      remedy: `Indiquez le département de l'établissement (Pays de la Loire : ${list}).`,
    };
  }
  return departments.includes(input.department)
    ? { status: 'met', reason: `L'établissement est situé dans le département ${input.department}, en Pays de la Loire.` }
    : {
        status: 'unmet',
        reason: `Le département ${input.department} n'est pas en Pays de la Loire (${list}) : seuls les établissements dont le SIRET est en Pays de la Loire sont éligibles.`,
        remedy: null,
      };
}

function ageCheck(input: ValidSimulationInput, parameters: ParameterSet): CheckDraft {
  const minimumAge = parameters.minimumAge.value;
  const start = formatFrenchDate(input.contractStart);
  if (input.birthDate) {
    const birthday = anniversary(input.birthDate, minimumAge);
    return compareDates(birthday, input.contractStart) <= 0
      ? {
          status: 'met',
          reason: `Le salarié a eu ${minimumAge} ans le ${formatFrenchDate(birthday)}, au plus tard le jour du début du contrat (${start}).`,
        }
      : {
          status: 'unmet',
          reason: `Le salarié aura ${minimumAge} ans le ${formatFrenchDate(birthday)}, après le début du contrat (${start}) ; il doit avoir ${minimumAge} ans ou plus à la date de début d'exécution du contrat.`,
          remedy: null,
        };
  }
  return fromAnswer(input.aged30OrMore, true, {
    met: `Le salarié a ${minimumAge} ans ou plus au ${start} (réponse déclarée).`,
    unmet: `Le salarié a moins de ${minimumAge} ans au ${start} (réponse déclarée).`,
    unknown: `L'âge du salarié au début du contrat n'est pas renseigné.`,
    remedy: `Indiquez la date de naissance, ou si le salarié a ${minimumAge} ans ou plus au début du contrat.`,
  });
}

function certificationTypeCheck(input: ValidSimulationInput): CheckDraft {
  switch (input.contractPurpose) {
    case 'listed-certification':
      return {
        status: 'met',
        reason: 'Le contrat prépare un diplôme, un titre ou un certificat de qualification professionnelle.',
      };
    case 'experimental-contract':
      return {
        status: 'unmet',
        reason:
          "Le « contrat de professionnalisation expérimental » (loi du 5 septembre 2018) n'entre pas dans le champ de l'aide.",
        remedy: "Si le contrat n'est pas encore signé : il doit préparer un diplôme, un titre ou un CQP de la liste.",
      };
    case 'collective-agreement-qualification':
      return {
        status: 'unmet',
        reason:
          "Un contrat préparant seulement à une qualification reconnue dans les classifications d'une convention collective n'entre pas dans le champ de l'aide.",
        remedy: "Si le contrat n'est pas encore signé : il doit préparer un diplôme, un titre ou un CQP de la liste.",
      };
    default:
      return {
        status: 'unknown',
        reason:
          "L'objet du contrat (diplôme, titre ou CQP ; contrat expérimental ; qualification de convention collective) n'est pas renseigné.",
        remedy: 'Indiquez ce que prépare le contrat.',
      };
  }
}

function certificationListedCheck(
  input: ValidSimulationInput,
  find: CertificationLookup | undefined,
  annex: AnnexReference | undefined,
): CheckDraft {
  const remedy = "Choisissez une certification de l'annexe : une certification absente de la liste n'est pas éligible.";
  const code = input.certificationCode?.trim();
  if (!code) {
    return { status: 'unknown', reason: "La certification préparée n'est pas renseignée.", remedy };
  }
  if (!find) {
    return {
      status: 'unknown',
      reason: `La liste des formations éligibles n'est pas disponible pour vérifier le code ${code}.`,
      remedy,
    };
  }
  const found = find(code, annex);
  if (found === undefined) {
    return {
      status: 'unknown',
      reason: `La ${annex?.title ?? 'liste des formations prioritaires'} n'est pas disponible ici pour vérifier le code ${code}.`,
      remedy,
    };
  }
  return found
    ? { status: 'met', reason: `« ${found.title} » (${found.code}) figure dans la liste des formations prioritaires.` }
    : {
        status: 'unmet',
        reason: `Le code ${code} ne figure pas dans la liste des formations prioritaires.`,
        remedy: "Vérifiez le code, ou choisissez une certification de la liste si le contrat n'est pas encore signé.",
      };
}

function applicationDeadlineCheck(
  input: ValidSimulationInput,
  deadline: IsoDate,
  today: IsoDate | undefined,
  parameters: ParameterSet,
): CheckDraft {
  const deadlineText = formatFrenchDate(deadline);
  const limit = parameters.applicationDeadlineMonths.value;
  const filed = input.applicationFiled ?? (input.applicationDate ? true : undefined);
  if (filed === false) {
    // Not filed yet: judged against today, when known; a deadline still ahead is a task.
    if (today && daysBetween(deadline, today) > 0) {
      return {
        status: 'unmet',
        reason: `La demande n'est pas déposée et la date limite du ${deadlineText} est ${formatDaysUntil(today, deadline)}.`,
        summary: `la date limite de dépôt de la demande (${deadlineText}) est dépassée`,
        remedy: null,
      };
    }
    return {
      status: 'todo',
      reason: `La demande n'est pas encore déposée : elle est à déposer au plus tard le ${deadlineText}${today ? `, ${formatDaysUntil(today, deadline)}` : ''}.`,
      summary: `à condition de déposer la demande au plus tard le ${deadlineText}`,
      remedy: `Déposez la demande sur le portail des aides régionales au plus tard le ${deadlineText}.`,
    };
  }
  if (!input.applicationDate) {
    return {
      status: 'unknown',
      reason:
        filed === true
          ? `La date de dépôt de la demande n'est pas renseignée ; la date limite est le ${deadlineText}.`
          : `Le dépôt de la demande n'est pas renseigné ; la date limite est le ${deadlineText}.`,
      remedy:
        filed === true
          ? 'Indiquez la date de dépôt de la demande.'
          : `Indiquez si la demande a déjà été déposée ; sinon, déposez-la au plus tard le ${deadlineText}.`,
    };
  }
  if (today && daysBetween(today, input.applicationDate) > 0) {
    // A filed request has a date in the past: a later one is a plan, not a filing.
    return {
      status: 'unknown',
      reason: `La date de dépôt indiquée, le ${formatFrenchDate(input.applicationDate)}, est après aujourd'hui : une demande déposée a une date passée.`,
      remedy: `Corrigez la date de dépôt, ou indiquez que la demande n'est pas encore déposée (date limite : ${deadlineText}).`,
    };
  }
  const late = daysBetween(deadline, input.applicationDate);
  return late <= 0
    ? { status: 'met', reason: `Demande déposée le ${formatFrenchDate(input.applicationDate)}, au plus tard le ${deadlineText}.` }
    : {
        status: 'unmet',
        reason: `Demande déposée le ${formatFrenchDate(input.applicationDate)}, ${late} jour${late > 1 ? 's' : ''} après la date limite du ${deadlineText} (${limit} mois après le début du contrat).`,
        summary: `la demande a été déposée après la date limite du ${deadlineText}`,
        remedy: null,
      };
}

/**
 * Each condition: how the regulation asks it, its clause, and the verdict's phrase when unmet, with
 * the figures of the version that applies.
 */
const labelsFor = (parameters: ParameterSet): Record<CheckId, { label: string; clause: ClauseId; unmet: string }> => ({
  'regulation-in-force': {
    label: "Contrat commencé quand un règlement de l'aide est en vigueur",
    clause: 'validity',
    unmet: "le contrat a commencé avant l'entrée en vigueur du règlement",
  },
  'employer-region': {
    label: 'Établissement employeur en Pays de la Loire',
    clause: 'beneficiaries',
    unmet: "l'établissement employeur n'est pas situé en Pays de la Loire",
  },
  'employer-contribution': {
    label: "Employeur assujetti à la contribution unique à la formation professionnelle et à l'alternance (CUFPA)",
    clause: 'beneficiaries',
    unmet: "l'établissement n'est pas assujetti à la CUFPA",
  },
  'employer-obligations': {
    label: 'Employeur à jour de ses obligations fiscales et sociales',
    clause: 'employerConditions',
    unmet: "l'employeur n'est pas à jour de ses obligations fiscales et sociales",
  },
  'employer-no-layoffs': {
    label: `Aucun licenciement économique dans l'établissement au cours des ${parameters.layoffLookBackMonths.value} mois précédant la demande`,
    clause: 'employerConditions',
    unmet: `l'établissement a procédé à un licenciement économique dans les ${parameters.layoffLookBackMonths.value} mois précédant la demande`,
  },
  'employee-age': {
    label: `Salarié âgé de ${parameters.minimumAge.value} ans ou plus au début du contrat`,
    clause: 'employeeConditions',
    unmet: `le salarié avait moins de ${parameters.minimumAge.value} ans au début du contrat`,
  },
  'employee-jobseeker': {
    label: "Salarié en recherche d'emploi au début du contrat",
    clause: 'employeeConditions',
    unmet: "le salarié n'était pas en recherche d'emploi au début du contrat",
  },
  'employee-not-recent-staff': {
    label: `Salarié absent de l'effectif de l'établissement pendant les ${parameters.previousEmploymentLookBackMonths.value} mois précédant le contrat`,
    clause: 'employeeConditions',
    unmet: `le salarié faisait partie de l'effectif de l'établissement dans les ${parameters.previousEmploymentLookBackMonths.value} mois précédant le contrat`,
  },
  'certification-type': {
    label: 'Contrat préparant un diplôme, un titre ou un CQP',
    clause: 'certificationType',
    unmet: 'le contrat ne prépare pas un diplôme, un titre ou un CQP',
  },
  'certification-listed': {
    label: 'Certification inscrite dans la liste des formations prioritaires',
    clause: 'priorityList',
    unmet: 'la certification préparée ne figure pas dans la liste des formations prioritaires',
  },
  'application-deadline': {
    label: `Demande déposée au plus tard ${parameters.applicationDeadlineMonths.value} mois après le début du contrat`,
    clause: 'applicationDeadline',
    unmet: 'la demande a été déposée après la date limite',
  },
});

export function assessEligibility(input: ValidSimulationInput, context: EligibilityContext): Eligibility {
  const { parameters } = context;
  const labels = labelsFor(parameters);
  const drafts: Record<CheckId, CheckDraft> = {
    'regulation-in-force': regulationCheck(input, context),
    'employer-region': regionCheck(input, parameters),
    'employer-contribution': fromAnswer(input.subjectToCufpa, true, {
      met: "L'établissement est assujetti à la CUFPA.",
      unmet: "L'établissement n'est pas assujetti à la CUFPA.",
      unknown: "L'assujettissement à la CUFPA n'est pas renseigné.",
      remedy:
        "Seuls les établissements assujettis à la contribution unique à la formation professionnelle et à l'alternance sont éligibles.",
    }),
    'employer-obligations': fromAnswer(input.obligationsUpToDate, true, {
      met: "L'employeur est à jour de ses obligations déclaratives et de paiement, fiscales et sociales.",
      unmet: "L'employeur n'est pas à jour de ses obligations fiscales et sociales.",
      unknown: 'La situation fiscale et sociale de l’employeur n’est pas renseignée.',
      remedy: "L'employeur doit être à jour de ses obligations déclaratives et de paiement (attestations URSSAF et fiscale).",
      fix: 'Régularisez la situation auprès de l’URSSAF et des impôts (attestations à jour) avant de déposer la demande.',
    }),
    'employer-no-layoffs': fromAnswer(input.economicLayoffsLast6Months, false, {
      met: `Aucun licenciement économique dans l'établissement au cours des ${parameters.layoffLookBackMonths.value} mois précédant la demande.`,
      unmet: `L'établissement a procédé à un ou plusieurs licenciements économiques au cours des ${parameters.layoffLookBackMonths.value} mois précédant la demande.`,
      unknown: `L'absence de licenciement économique dans les ${parameters.layoffLookBackMonths.value} mois précédant la demande n'est pas renseignée.`,
      remedy: `Aucun licenciement économique ne doit avoir eu lieu dans l’établissement au cours des ${parameters.layoffLookBackMonths.value} mois précédant la demande.`,
    }),
    'employee-age': ageCheck(input, parameters),
    'employee-jobseeker': fromAnswer(input.jobSeekerAtStart, true, {
      met: "Le salarié était en recherche d'emploi au début du contrat.",
      unmet: "Le salarié n'était pas en recherche d'emploi au début du contrat.",
      unknown: "La situation de demandeur d'emploi du salarié au début du contrat n'est pas renseignée.",
      remedy: "Le salarié doit être une personne en recherche d'emploi (inscrite à France Travail) au début du contrat.",
    }),
    'employee-not-recent-staff': fromAnswer(input.employedInEstablishmentLast6Months, false, {
      met: `Le salarié n'a pas appartenu à l'effectif de l'établissement au cours des ${parameters.previousEmploymentLookBackMonths.value} mois précédant le contrat.`,
      unmet: `Le salarié a appartenu à l'effectif de l'établissement au cours des ${parameters.previousEmploymentLookBackMonths.value} mois précédant le contrat.`,
      unknown: `L'appartenance du salarié à l'effectif de l'établissement dans les ${parameters.previousEmploymentLookBackMonths.value} mois précédents n'est pas renseignée.`,
      remedy: `Le salarié ne doit pas avoir fait partie de l'effectif de l'établissement dans les ${parameters.previousEmploymentLookBackMonths.value} mois précédant le début du contrat.`,
    }),
    'certification-type': certificationTypeCheck(input),
    'certification-listed': certificationListedCheck(input, context.findCertification, context.version?.annex),
    'application-deadline': applicationDeadlineCheck(input, context.applicationDeadline, context.today, parameters),
  };
  const checks = CHECK_IDS.map((id): EligibilityCheck => {
    const { label, clause, unmet } = labels[id];
    const draft = drafts[id];
    return {
      id,
      label,
      status: draft.status,
      reason: draft.reason,
      remedy: draft.status === 'met' ? null : (draft.remedy ?? null),
      summary: draft.status === 'unmet' ? (draft.summary ?? unmet) : draft.status === 'todo' ? (draft.summary ?? null) : null,
      clause,
      citation: citeClause(clause),
    };
  });
  const firstUnmet = checks.find((check) => check.status === 'unmet') ?? null;
  // A task still to do in time (the request not yet filed) does not hold back 'eligible'.
  const status = firstUnmet ? 'ineligible' : checks.some((check) => check.status === 'unknown') ? 'incomplete' : 'eligible';
  return { status, checks, firstUnmet };
}
