/**
 * The clauses of the "règlement d'intervention" that the engine applies. Every amount, date and
 * condition the app shows cites one of these ids; `quote` is verbatim from the regulation
 * (bold markers removed), which a test checks against the published text in data/.
 */
export const CLAUSES = {
  beneficiaries: {
    ref: '§1',
    title: 'Bénéficiaires',
    quote:
      "Les employeurs éligibles sont tous les établissements assujettis à la contribution unique à la formation professionnelle et à l'alternance (entreprises, associations...), ayant leur SIRET en région Pays de la Loire.",
  },
  employeeConditions: {
    ref: '§2',
    title: "Conditions d'éligibilité — le salarié",
    quote:
      "l'employeur doit signer et enregistrer un contrat de professionnalisation avec une personne en recherche d'emploi âgée de 30 ans ou plus à la date de début de l'exécution du contrat ; cette personne en recherche d'emploi ne doit pas avoir appartenu à l'effectif de l'établissement employeur au cours des six mois précédant la date de début d'exécution du contrat",
  },
  employerConditions: {
    ref: '§2',
    title: "Conditions d'éligibilité — l'employeur",
    quote:
      "l'employeur doit être à jour de ses obligations déclaratives et de paiement en matière fiscale et sociale et ne doit pas avoir procédé, au niveau de l'établissement, à un ou plusieurs licenciements économiques au cours des 6 derniers mois précédant la demande d'aide",
  },
  certificationType: {
    ref: '§2',
    title: "Conditions d'éligibilité — la certification préparée",
    quote:
      "le contrat de professionnalisation doit préparer à un diplôme, un titre ou un certificat de qualification professionnelle (inscrit au répertoire national des certifications professionnelles ou non), de tout niveau",
  },
  priorityList: {
    ref: '§2 et annexe',
    title: 'Formations prioritaires',
    quote:
      'la liste de ces formations prioritaires éligibles au soutien régional est présentée en annexe',
  },
  applicationDeadline: {
    ref: '§2',
    title: 'Délai de dépôt de la demande',
    quote:
      "la demande de l'employeur doit être déposée au plus tard trois mois après la date de début d'exécution du contrat de professionnalisation",
  },
  amount: {
    ref: '§3',
    title: "Montant de l'aide",
    quote:
      '500 € par mois, pour un temps complet, dans la limite de 12 mois, soit un montant maximum de 6 000 € pour la première année du contrat',
  },
  partTime: {
    ref: '§3',
    title: 'Temps partiel',
    quote:
      "Pour les salariés à temps partiel, le montant de l'aide est proportionné à la quotité hebdomadaire indiquée dans le contrat.",
  },
  payment: {
    ref: '§3',
    title: "Versement de l'aide",
    quote:
      "L'aide est versée en une seule fois, après instruction, à l'issue du 12e mois (ou à l'issue du terme du contrat s'il intervient avant le 12e mois).",
  },
  paymentRequest: {
    ref: '§3',
    title: 'Demande de paiement',
    quote:
      "Dans un délai de 3 mois maximum après la fin du contrat, l'établissement employeur réalise sa demande de paiement",
  },
  earlyTermination: {
    ref: '§3',
    title: 'Rupture anticipée',
    quote:
      "En cas de rupture anticipée intervenant durant le premier mois du contrat de professionnalisation, l'aide n'est pas due. En cas de rupture anticipée du contrat de professionnalisation intervenant après le premier mois, l'aide n'est pas due à compter du mois suivant la date de fin effective du contrat.",
  },
  suspension: {
    ref: '§3',
    title: 'Suspension du contrat',
    quote:
      "En cas d'une suspension du contrat conduisant au non-versement de la rémunération par l'employeur à l'alternant, l'aide n'est pas due pour chaque mois considéré.",
  },
  convention: {
    ref: '§3 et §4',
    title: 'Convention au-delà de 23 000 €',
    quote:
      'Une convention sera établie avec le bénéficiaire lorsque le montant cumulatif des aides dépassera 23 000 €.',
  },
  stateAid: {
    ref: '§3',
    title: "Régimes d'aides d'État",
    quote: 'Régime d\'aide exempté n° SA.111722, relatif aux aides à la formation pour la période 2024-2026',
  },
  validity: {
    ref: '§7',
    title: 'Validité',
    quote: 'Ce règlement entre en vigueur à compter du 1er avril 2024.',
  },
} as const satisfies Record<string, { ref: string; title: string; quote: string }>;

export type ClauseId = keyof typeof CLAUSES;

const CITATIONS = Object.fromEntries(
  Object.entries(CLAUSES).map(([id, clause]) => [id, `${clause.ref} — ${clause.title}`]),
) as Record<ClauseId, string>;

/** "§2 — Délai de dépôt de la demande", the way a clause is cited next to a result. */
export function citeClause(id: ClauseId): string {
  return CITATIONS[id];
}
