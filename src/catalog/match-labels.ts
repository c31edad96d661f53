import { CLAUSES } from '../rules/basics.ts';
import { agree, countOf } from '../state/plural.ts';
import type { NotCoveredAnswer, SearchHit, SearchOutcome } from './search.ts';

/**
 * What the catalogue page and the simulator's picker say about how a result matches (issue 16):
 * one wording, so that both places tell the same thing. A result found through a typo or through
 * only part of the words is never presented as what was typed.
 */

/** Under a result found through an everyday name: "trouvé par « plombier »". */
export function foundByText(hit: SearchHit<unknown>): string | null {
  return hit.match === 'everyday-name' && hit.everydayName ? `trouvé par « ${hit.everydayName} »` : null;
}

/** Heading of a list reached only with typo tolerance. */
export function approximateHeading(query: string): string {
  return `Résultats approchants pour « ${query.trim()} » : aucune certification n'a exactement ces mots, vérifiez que c'est bien la vôtre.`;
}

/** Heading of the certifications that have the query's most specific word but not all of them. */
export function partialHeading(outcome: Pick<SearchOutcome<unknown>, 'partialWord'>): string {
  return `Autres certifications avec « ${outcome.partialWord ?? ''} », qui n'ont pas tous les mots recherchés :`;
}

/** Short label of one option in the picker, where a heading does not fit. */
export function optionNote(hit: SearchHit<unknown>): string | null {
  if (hit.match === 'approximate') return 'résultat approchant';
  if (hit.match === 'partial') return "n'a pas tous les mots recherchés";
  return foundByText(hit);
}

/** The honest answer to a job that the annex does not cover (§2: only listed certifications open the aid). */
export function notCoveredText(answer: NotCoveredAnswer<unknown>): { verdict: string; suggestion: string } {
  return {
    verdict:
      `Aucune certification de l'annexe ne prépare au métier « ${answer.job} » : un contrat de professionnalisation ` +
      `qui y prépare n'ouvre donc pas droit à cette aide (${CLAUSES.priorityList.ref}).`,
    suggestion:
      answer.closest.length > 0
        ? `Autres certifications du secteur « ${answer.sector} », qui ne préparent pas ce métier mais en sont proches :`
        : '',
  };
}

/** The count announced to screen readers and shown above the list. */
export function countText(outcome: SearchOutcome<unknown>, query: string): string {
  if (outcome.notCovered)
    return `Métier hors de la liste : ${countOf(outcome.notCovered.closest.length, 'autre certification proposée', 'autres certifications proposées')}`;
  const main = outcome.hits.filter((hit) => hit.match !== 'partial').length;
  const partial = outcome.hits.length - main;
  if (outcome.hits.length === 0) return 'Aucune certification trouvée';
  if (outcome.hits[0]!.match === 'approximate')
    return `${countOf(main, 'résultat')} ${agree(main, 'approchant')} pour « ${query.trim()} »`;
  const listed = `${countOf(main, 'certification')} ${agree(main, 'éligible')}`;
  return partial ? `${listed}, et ${countOf(partial, 'autre')} avec « ${outcome.partialWord} »` : listed;
}
