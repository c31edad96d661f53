import { citeClause, type ClauseId } from './clauses.ts';
import { PARAMETERS } from './parameters.ts';

/**
 * What the simulator keeps, and where the Région's data-protection contact is for the aid
 * request itself (§5). The simulator sends nothing: this is said next to the steps.
 */
export const PERSONAL_DATA_NOTE = {
  text: `Ce simulateur ne garde vos saisies que dans ce navigateur : rien n'est envoyé. Les données de la demande d'aide sont traitées par la Région ; vos droits (accès, rectification, opposition) s'exercent auprès de sa déléguée à la protection des données : ${PARAMETERS.personalDataContact.value}.`,
  clause: 'personalData' as ClauseId,
  citation: citeClause('personalData'),
};
