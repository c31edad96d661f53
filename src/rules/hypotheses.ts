import type { ClauseId } from './clauses.ts';

/**
 * Where the regulation is silent or ambiguous, the interpretation the engine implements.
 * Shown to users as stated hypotheses and copied in the README's interpretation table.
 */
export interface Hypothesis {
  id: string;
  clause: ClauseId;
  text: string;
}

export const HYPOTHESES: readonly Hypothesis[] = [
  {
    id: 'month-counting',
    clause: 'amount',
    text: "Le mois n°k du contrat va du début du contrat + (k−1) mois à la veille du début + k mois. Un mois ajouté garde le quantième, ramené au dernier jour du mois s'il n'existe pas (31 janvier + 1 mois = 28 ou 29 février).",
  },
  {
    id: 'effective-end',
    clause: 'earlyTermination',
    text: 'La fin effective est la plus proche de la fin prévue du CDD et de la date de rupture anticipée. Un CDI sans rupture court au-delà des 12 mois aidés ; seuls les mois 1 à 12 comptent.',
  },
  {
    id: 'rupture-first-month',
    clause: 'earlyTermination',
    text: "Si la fin effective tombe dans le premier mois du contrat, aucune aide n'est due : après une rupture (§3), et aussi pour un CDD dont la fin prévue tombe dans ce mois (un contrat de professionnalisation en CDD dure en principe au moins 6 mois).",
  },
  {
    id: 'month-of-end-due',
    clause: 'earlyTermination',
    text: "Sinon, le mois qui contient la date de fin effective est dû en entier ; l'aide cesse à compter du mois suivant.",
  },
  {
    id: 'suspension',
    clause: 'suspension',
    text: "Un mois n'est pas dû lorsqu'aucune rémunération n'a été versée pour ce mois : mois déclaré sans rémunération, ou dont tous les jours de contrat (jusqu'à la fin effective) sont couverts par une ou plusieurs suspensions non rémunérées. Un mois dont un jour de contrat au moins n'est pas couvert reste dû et est signalé « à vérifier » : il n'est dû que si une rémunération a été versée.",
  },
  {
    id: 'part-time',
    clause: 'partTime',
    text: 'Quotité = durée hebdomadaire du contrat ÷ temps complet de référence (35 h, ou la durée conventionnelle si elle est inférieure), plafonnée à 100 %.',
  },
  {
    id: 'rounding',
    clause: 'amount',
    text: 'Montant = 500 € × quotité × nombre de mois dus, arrondi au centime, sans dépasser 6 000 €.',
  },
  {
    id: 'application-deadline',
    clause: 'applicationDeadline',
    text: 'Date limite de dépôt = début du contrat + 3 mois (même règle de fin de mois) ; une demande déposée ce jour-là est dans les délais, le lendemain elle est tardive.',
  },
  {
    id: 'application-not-filed',
    clause: 'applicationDeadline',
    text: "Tant que la demande n'est pas déposée, sa date limite est une démarche à faire, pas une condition remplie ou manquée ; elle n'est manquée que si la date du jour dépasse la date limite. Une demande déposée est jugée sur sa date de dépôt.",
  },
  {
    id: 'payment-request',
    clause: 'paymentRequest',
    text: "L'aide est versée à l'issue de la période aidée (fin du 12e mois, ou fin effective du contrat si elle est antérieure). La demande de paiement est à faire dans les 3 mois qui suivent cette date. Pour un contrat de plus de 12 mois, le règlement parle de « 3 mois après la fin du contrat » : le simulateur conseille la date la plus prudente.",
  },
  {
    id: 'convention-year',
    clause: 'convention',
    text: "Seuil de 23 000 € (§4 : « montant annuel cumulatif des aides ») : une simulation compte dans l'année civile de sa date de dépôt de la demande, ou à défaut dans celle du début du contrat (la demande suit le début du contrat de 3 mois au plus) ; jamais selon la date du jour.",
  },
  {
    id: 'leap-day-birthday',
    clause: 'employeeConditions',
    text: "Âge : le salarié doit avoir eu 30 ans au plus tard le jour du début du contrat. Pour une personne née un 29 février, l'anniversaire est fixé au 28 février les années non bissextiles.",
  },
];
