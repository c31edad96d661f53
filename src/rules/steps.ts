import { citeClause, type ClauseId } from './clauses.ts';
import { daysBetween, formatFrenchDate, type IsoDate } from './dates.ts';
import type { EligibilityCheck } from './eligibility.ts';
import type { ParameterSet } from './parameters.ts';

/**
 * "Vos démarches": what the employer has to do after the estimate, dated from the simulation,
 * each with the clause that asks it (§2 request, §3 payment request, §4 documents, §6
 * communication). Shown on screen, printed and written in the calendar file.
 */
export type StepId = 'file-application' | 'payment-request' | 'keep-documents' | 'communication';

export interface NextStep {
  id: StepId;
  /** What to do, in plain French, with its dates. */
  text: string;
  /** done: already done (request filed in time); late: its deadline passed; info: no date. */
  status: 'done' | 'todo' | 'late' | 'info';
  /** First day it can be done, when it has one (the payment request window opens). */
  from: IsoDate | null;
  /** Its deadline, when it has one. */
  until: IsoDate | null;
  clause: ClauseId;
  citation: string;
}

export interface StepsContext {
  applicationCheck: EligibilityCheck;
  applicationDate: IsoDate | undefined;
  applicationDeadline: IsoDate;
  paymentDate: IsoDate | null;
  paymentRequestDeadline: IsoDate | null;
  today: IsoDate | undefined;
  parameters: ParameterSet;
}

function make(id: StepId, clause: ClauseId, step: Pick<NextStep, 'text' | 'status' | 'from' | 'until'>): NextStep {
  return { id, ...step, clause, citation: citeClause(clause) };
}

export function nextSteps(context: StepsContext): NextStep[] {
  const { applicationCheck, applicationDate, applicationDeadline, paymentDate, paymentRequestDeadline, today, parameters } =
    context;
  const deadline = formatFrenchDate(applicationDeadline);
  const filing =
    applicationCheck.status === 'met' && applicationDate
      ? make('file-application', 'applicationContent', {
          text: `Demande d'aide déposée le ${formatFrenchDate(applicationDate)}, dans le délai (au plus tard le ${deadline}).`,
          status: 'done',
          from: null,
          until: applicationDeadline,
        })
      : make('file-application', 'applicationContent', {
          text: `Déposer la demande d'aide sur le portail des aides régionales (site internet de la Région) au plus tard le ${deadline}, avec la copie du contrat (formulaire CERFA) et la copie de la décision de prise en charge du contrat par l'OPCO.`,
          status: applicationCheck.status === 'unmet' ? 'late' : 'todo',
          from: null,
          until: applicationDeadline,
        });
  const steps = [filing];
  if (paymentDate && paymentRequestDeadline) {
    const late = today !== undefined && daysBetween(paymentRequestDeadline, today) > 0;
    steps.push(
      make('payment-request', 'paymentRequest', {
        text: `Demander le paiement sur le portail des aides régionales entre le ${formatFrenchDate(paymentDate)} (fin de la période aidée) et le ${formatFrenchDate(paymentRequestDeadline)} : l'aide est versée en une fois, après instruction.`,
        status: late ? 'late' : 'todo',
        from: paymentDate,
        until: paymentRequestDeadline,
      }),
    );
  }
  steps.push(
    make('keep-documents', 'keepDocuments', {
      text: `Conserver toutes les pièces justificatives pendant ${parameters.documentRetentionYears.value} ans à compter du versement de l'aide, pour les contrôles de la Région.`,
      status: 'info',
      from: null,
      until: null,
    }),
    make('communication', 'communication', {
      text: "Informer l'alternant que la Région finance son contrat, et mentionner le soutien de la Région sur les supports de communication (site internet, réseaux sociaux, médias).",
      status: 'info',
      from: null,
      until: null,
    }),
  );
  return steps;
}
