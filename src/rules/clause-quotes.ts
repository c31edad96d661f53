import type { ClauseId } from './clauses.ts';

/**
 * Verbatim text of each clause the engine applies (bold markers removed, superscripts written
 * "12e", "1er"). Tests check each against data/reglement-aide-contrat-professionnalisation.txt;
 * the README and reviewers use them to trace the code to the regulation.
 */
export const CLAUSE_QUOTES: Record<ClauseId, string> = {
  beneficiaries:
    "Les employeurs éligibles sont tous les établissements assujettis à la contribution unique à la formation professionnelle et à l'alternance (entreprises, associations...), ayant leur SIRET en région Pays de la Loire.",
  employeeConditions:
    "l'employeur doit signer et enregistrer un contrat de professionnalisation avec une personne en recherche d'emploi âgée de 30 ans ou plus à la date de début de l'exécution du contrat ; cette personne en recherche d'emploi ne doit pas avoir appartenu à l'effectif de l'établissement employeur au cours des six mois précédant la date de début d'exécution du contrat",
  employerConditions:
    "l'employeur doit être à jour de ses obligations déclaratives et de paiement en matière fiscale et sociale et ne doit pas avoir procédé, au niveau de l'établissement, à un ou plusieurs licenciements économiques au cours des 6 derniers mois précédant la demande d'aide",
  certificationType:
    'le contrat de professionnalisation doit préparer à un diplôme, un titre ou un certificat de qualification professionnelle (inscrit au répertoire national des certifications professionnelles ou non), de tout niveau',
  priorityList: 'la liste de ces formations prioritaires éligibles au soutien régional est présentée en annexe',
  applicationDeadline:
    "la demande de l'employeur doit être déposée au plus tard trois mois après la date de début d'exécution du contrat de professionnalisation",
  applicationContent:
    "la demande doit notamment comporter la copie du contrat de professionnalisation (formulaire CERFA) et la copie de la décision de prise en charge du contrat par l'opérateur de compétences ; le respect des différentes étapes de la procédure en ligne sur le portail des aides régionales, accessible à partir du site Internet de la Région, conditionne l'attribution de l'aide.",
  amount:
    '500 € par mois, pour un temps complet, dans la limite de 12 mois, soit un montant maximum de 6 000 € pour la première année du contrat',
  partTime:
    "Pour les salariés à temps partiel, le montant de l'aide est proportionné à la quotité hebdomadaire indiquée dans le contrat.",
  payment:
    "L'aide est versée en une seule fois, après instruction, à l'issue du 12e mois (ou à l'issue du terme du contrat s'il intervient avant le 12e mois).",
  paymentRequest:
    "Dans un délai de 3 mois maximum après la fin du contrat, l'établissement employeur réalise sa demande de paiement",
  earlyTermination:
    "En cas de rupture anticipée intervenant durant le premier mois du contrat de professionnalisation, l'aide n'est pas due. En cas de rupture anticipée du contrat de professionnalisation intervenant après le premier mois, l'aide n'est pas due à compter du mois suivant la date de fin effective du contrat.",
  suspension:
    "En cas d'une suspension du contrat conduisant au non-versement de la rémunération par l'employeur à l'alternant, l'aide n'est pas due pour chaque mois considéré.",
  convention: 'Une convention sera établie avec le bénéficiaire lorsque le montant cumulatif des aides dépassera 23 000 €.',
  stateAid: "Régime d'aide exempté n° SA.111722, relatif aux aides à la formation pour la période 2024-2026",
  keepDocuments:
    "L'employeur s'engage, aux fins de contrôle, à conserver toutes les pièces justificatives des dépenses effectuées pendant une durée de 10 ans à compter du versement de l'aide par la Région (ou son opérateur).",
  personalData:
    "en s'adressant à la déléguée à la protection des données de la Région : - par voie électronique : donneespersonnelles@paysdelaloire.fr",
  communication:
    "L'établissement employeur communiquera sur l'existence du financement de la Région auprès des alternants formés en contrat de professionnalisation avec l'appui de cette aide. L'établissement employeur veillera à mentionner le soutien de la Région sur les supports de communication présentant le projet : site internet, réseaux sociaux, ..., ainsi que la participation de la Région lors de communication vers les médias (TV, radio, presse...).",
  validity: 'Ce règlement entre en vigueur à compter du 1er avril 2024.',
};

/**
 * Each version's clause quotes, by version id (versions.ts), with the text each is checked
 * against: a new version adds its quotes and its published text here. Kept out of the browser
 * bundle like the quotes themselves.
 */
export const CLAUSE_QUOTES_BY_VERSION: Record<string, { quotes: Record<ClauseId, string>; text: string }> = {
  'ri-2024': { quotes: CLAUSE_QUOTES, text: 'data/reglement-aide-contrat-professionnalisation.txt' },
};
