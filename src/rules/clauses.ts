/**
 * The clauses of the "règlement d'intervention" that the engine applies. Every amount, date and
 * condition the app shows cites one of these ids; the verbatim text of each clause is in
 * clause-quotes.ts (kept out of the browser bundle), checked against the published regulation.
 */
export const CLAUSES = {
  beneficiaries: { ref: '§1', title: 'Bénéficiaires' },
  employeeConditions: { ref: '§2', title: "Conditions d'éligibilité — le salarié" },
  employerConditions: { ref: '§2', title: "Conditions d'éligibilité — l'employeur" },
  certificationType: { ref: '§2', title: "Conditions d'éligibilité — la certification préparée" },
  priorityList: { ref: '§2 et annexe', title: 'Formations prioritaires' },
  applicationDeadline: { ref: '§2', title: 'Délai de dépôt de la demande' },
  applicationContent: { ref: '§2', title: 'Pièces et dépôt de la demande' },
  amount: { ref: '§3', title: "Montant de l'aide" },
  partTime: { ref: '§3', title: 'Temps partiel' },
  payment: { ref: '§3', title: "Versement de l'aide" },
  paymentRequest: { ref: '§3', title: 'Demande de paiement' },
  earlyTermination: { ref: '§3', title: 'Rupture anticipée' },
  suspension: { ref: '§3', title: 'Suspension du contrat' },
  convention: { ref: '§3 et §4', title: 'Convention au-delà de 23 000 €' },
  stateAid: { ref: '§3', title: "Régimes d'aides d'État" },
  keepDocuments: { ref: '§4', title: 'Conservation des pièces justificatives' },
  personalData: { ref: '§5', title: 'Protection des données personnelles' },
  communication: { ref: '§6', title: 'Communication' },
  validity: { ref: '§7', title: 'Validité' },
} as const satisfies Record<string, { ref: string; title: string }>;

export type ClauseId = keyof typeof CLAUSES;

const CITATIONS = Object.fromEntries(
  Object.entries(CLAUSES).map(([id, clause]) => [id, `${clause.ref} — ${clause.title}`]),
) as Record<ClauseId, string>;

/** "§2 — Délai de dépôt de la demande", the way a clause is cited next to a result. */
export function citeClause(id: ClauseId): string {
  return CITATIONS[id];
}
