import * as z from 'zod/mini';
import { compareDates, dateProblem, isSupportedDate, SUPPORTED_YEARS_TEXT } from './dates.ts';
import { CONTRACT_LAW, PARAMETERS } from './parameters.ts';
import { lazySchema } from './lazy-schema.ts';
import { isFrenchDepartment, siretProblem } from './siret.ts';

// The page's Content-Security-Policy forbids eval: zod must not even probe `new Function`,
// which a strict CSP reports as a violation.
z.config({ jitless: true });

/**
 * The simulation input, validated at the engine's boundary. Types come from this schema.
 * Messages are in French and attached to the field's path, so the UI can show them next to it.
 */

const isoDate = (label: string) =>
  z.string({ error: `${label} : saisissez une date.` }).check(
    z.superRefine((text, context) => {
      const problem = dateProblem(text);
      if (!problem) return;
      const message =
        problem === 'not-a-date'
          ? `${label} : cette date n'existe pas (format attendu AAAA-MM-JJ).`
          : `${label} : saisissez une date des ${SUPPORTED_YEARS_TEXT}.`;
      context.issues.push({ code: 'custom', input: text, message });
    }),
  );

const answer = z.nullish(z.boolean({ error: 'Répondez par oui ou par non.' }));

export const CONTRACT_TYPES = ['CDD', 'CDI'] as const;

/** §2: what the contract prepares. Only the first is in the scope of the aid. */
export const CONTRACT_PURPOSES = ['listed-certification', 'experimental-contract', 'collective-agreement-qualification'] as const;

const buildUnpaidPeriodSchema = () =>
  z
    .object({
      from: isoDate('Début de la suspension'),
      to: isoDate('Fin de la suspension'),
    })
    .check(
      z.refine(
        (period) => !isSupportedDate(period.from) || !isSupportedDate(period.to) || compareDates(period.from, period.to) <= 0,
        {
          error: 'La fin de la suspension doit être postérieure ou égale à son début.',
          path: ['to'],
        },
      ),
    );

function buildInputSchema() {
  return z
    .object({
      contractStart: isoDate("Date de début d'exécution du contrat"),
      contractType: z.enum(CONTRACT_TYPES, { error: 'Type de contrat inconnu : choisissez CDD ou CDI.' }),
      plannedEnd: z.nullish(isoDate('Date de fin prévue du CDD')),
      earlyEnd: z.nullish(isoDate('Date de fin effective (rupture anticipée)')),
      weeklyHours: z.nullish(
        z.number({ error: 'Durée hebdomadaire : saisissez un nombre d’heures.' }).check(
          z.gt(0, { error: 'La durée hebdomadaire doit être supérieure à 0 heure.' }),
          z.lte(CONTRACT_LAW.maximumWeeklyHours, {
            error: `La durée hebdomadaire ne peut pas dépasser ${CONTRACT_LAW.maximumWeeklyHours} heures.`,
          }),
        ),
      ),
      fullTimeHours: z.nullish(
        z.number({ error: 'Temps complet de référence : saisissez un nombre d’heures.' }).check(
          z.gt(0, { error: 'Le temps complet de référence doit être supérieur à 0 heure.' }),
          z.lte(PARAMETERS.defaultFullTimeHours.value, {
            error: `Le temps complet de référence ne peut pas dépasser ${PARAMETERS.defaultFullTimeHours.value} heures (durée légale).`,
          }),
        ),
      ),
      unpaidMonths: z.nullish(
        z
          .array(
            z.number({ error: 'Mois sans rémunération : numéro de mois attendu.' }).check(
              z.int({ error: 'Mois sans rémunération : numéro de mois entier attendu.' }),
              z.gte(1, { error: `Les mois sans rémunération sont numérotés de 1 à ${PARAMETERS.maxAidedMonths.value}.` }),
              z.lte(PARAMETERS.maxAidedMonths.value, {
                error: `Les mois sans rémunération sont numérotés de 1 à ${PARAMETERS.maxAidedMonths.value}.`,
              }),
            ),
          )
          .check(
            z.refine((months) => new Set(months).size === months.length, {
              error: 'Un même mois sans rémunération est indiqué deux fois.',
            }),
          ),
      ),
      unpaidPeriods: z.nullish(z.array(buildUnpaidPeriodSchema())),
      birthDate: z.nullish(isoDate('Date de naissance')),
      /** The employer's own answer when the birth date is not given (it never goes into a URL). */
      aged30OrMore: answer,
      /** Whether the aid request was filed; a request date alone means it was (older links and files). */
      applicationFiled: answer,
      applicationDate: z.nullish(isoDate('Date de dépôt de la demande')),
      jobSeekerAtStart: answer,
      employedInEstablishmentLast6Months: answer,
      department: z.nullish(
        z.string({ error: 'Département : code attendu.' }).check(
          z.refine(isFrenchDepartment, {
            error: 'Département inconnu : saisissez un code comme 44, 49, 53, 72 ou 85.',
          }),
        ),
      ),
      siret: z.nullish(
        z.string({ error: 'SIRET : 14 chiffres attendus.' }).check(
          z.superRefine((siret, context) => {
            const problem = siretProblem(siret);
            if (problem === 'format') {
              context.issues.push({ code: 'custom', input: siret, message: 'Le SIRET compte exactement 14 chiffres.' });
            } else if (problem === 'checksum') {
              context.issues.push({
                code: 'custom',
                input: siret,
                message: 'Ce SIRET n’est pas valide (clé de contrôle incorrecte) : vérifiez les chiffres.',
              });
            }
          }),
        ),
      ),
      subjectToCufpa: answer,
      obligationsUpToDate: answer,
      economicLayoffsLast6Months: answer,
      certificationCode: z.nullish(z.string({ error: 'Code de certification : texte attendu.' })),
      contractPurpose: z.nullish(z.enum(CONTRACT_PURPOSES, { error: 'Objet du contrat inconnu.' })),
    })
    .check(
      z.superRefine((input, context) => {
        const issue = (path: string, message: string) => context.issues.push({ code: 'custom', input, path: [path], message });
        // Cross-field rules only compare dates that are themselves valid (field errors come first).
        const valid = (date: string | null | undefined): date is string => typeof date === 'string' && isSupportedDate(date);
        if (!valid(input.contractStart)) return;
        if (input.contractType === 'CDD' && !input.plannedEnd) {
          issue('plannedEnd', 'Pour un CDD, indiquez la date de fin prévue du contrat.');
        }
        if (valid(input.plannedEnd) && compareDates(input.plannedEnd, input.contractStart) < 0) {
          issue('plannedEnd', 'La date de fin prévue est antérieure au début du contrat.');
        }
        if (valid(input.earlyEnd) && compareDates(input.earlyEnd, input.contractStart) < 0) {
          issue('earlyEnd', 'La date de fin effective est antérieure au début du contrat.');
        }
        if (
          input.contractType === 'CDD' &&
          valid(input.earlyEnd) &&
          valid(input.plannedEnd) &&
          compareDates(input.earlyEnd, input.plannedEnd) > 0
        ) {
          issue('earlyEnd', 'Une rupture anticipée ne peut pas être postérieure à la fin prévue du CDD.');
        }
      }),
    );
}

/** The input schema, built on first use (see lazy-schema.ts). */
export const simulationInputSchema = lazySchema(buildInputSchema);

export type SimulationInput = z.input<ReturnType<typeof buildInputSchema>>;
export type ValidSimulationInput = z.output<ReturnType<typeof buildInputSchema>>;
export type ContractType = (typeof CONTRACT_TYPES)[number];
export type ContractPurpose = (typeof CONTRACT_PURPOSES)[number];

export interface InputError {
  /** Dotted path of the field, e.g. 'unpaidPeriods.0.to'. */
  path: string;
  message: string;
}

export type InputValidation = { ok: true; input: ValidSimulationInput } | { ok: false; errors: InputError[] };

export function validateInput(raw: unknown): InputValidation {
  const parsed = simulationInputSchema().safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || 'input',
    message: issue.path.length === 0 && issue.code === 'invalid_type' ? 'Aucune donnée de simulation.' : issue.message,
  }));
  return { ok: false, errors };
}
