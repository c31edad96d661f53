import { citeClause, type ClauseId } from './clauses.ts';
import { PARAMETERS } from './parameters.ts';

/**
 * What the simulator keeps, and where the Région's data-protection contact is for the aid
 * request itself (§5). The simulator sends nothing: this is said next to the steps.
 */
export const PERSONAL_DATA_NOTE = {
  text: `Ce simulateur ne conserve vos saisies que dans ce navigateur : rien n'est envoyé, ni à la Région ni à personne. Pour la demande d'aide elle-même, les données sont traitées par la Région Pays de la Loire ; pour exercer vos droits (accès, rectification, opposition, limitation), écrivez à sa déléguée à la protection des données : ${PARAMETERS.personalDataContact.value}, ou Région Pays de la Loire, Déléguée à la Protection des Données, 1 rue de la Loire, 44966 Nantes Cedex 9.`,
  clause: 'personalData' as ClauseId,
  citation: citeClause('personalData'),
};
