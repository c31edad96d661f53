import type { ClauseId } from './clauses.ts';

/**
 * Every figure of the 2024 regulation, dated and referenced: the parameters of its version in
 * versions.ts. A new version of the regulation brings its own set (see the README, "Nouvelle
 * version du règlement"); nothing else in the engine holds a number of the regulation.
 */
export interface DatedParameter<T> {
  value: T;
  /** First day the value applies ('YYYY-MM-DD'). */
  validFrom: string;
  clause: ClauseId;
  description: string;
}

/** Every figure a version of the regulation sets (see versions.ts): values widened, so another version may set others. */
export interface ParameterSet {
  monthlyAmountFullTime: DatedParameter<number>;
  maxAidedMonths: DatedParameter<number>;
  maxAmount: DatedParameter<number>;
  applicationDeadlineMonths: DatedParameter<number>;
  paymentRequestDeadlineMonths: DatedParameter<number>;
  minimumAge: DatedParameter<number>;
  previousEmploymentLookBackMonths: DatedParameter<number>;
  layoffLookBackMonths: DatedParameter<number>;
  conventionThreshold: DatedParameter<number>;
  documentRetentionYears: DatedParameter<number>;
  personalDataContact: DatedParameter<string>;
  regionDepartments: DatedParameter<readonly string[]>;
  defaultFullTimeHours: DatedParameter<number>;
  regulationInForceFrom: DatedParameter<string>;
  exemptedSchemeEnd: DatedParameter<string>;
}

/** In force from 1 April 2024 (§7). */
const REGULATION_START = '2024-04-01';

export const PARAMETERS = {
  monthlyAmountFullTime: {
    value: 500,
    validFrom: REGULATION_START,
    clause: 'amount',
    description: 'Montant mensuel pour un temps complet (€)',
  },
  maxAidedMonths: {
    value: 12,
    validFrom: REGULATION_START,
    clause: 'amount',
    description: 'Nombre maximal de mois aidés (première année du contrat)',
  },
  maxAmount: {
    value: 6000,
    validFrom: REGULATION_START,
    clause: 'amount',
    description: "Montant maximal de l'aide (€)",
  },
  applicationDeadlineMonths: {
    value: 3,
    validFrom: REGULATION_START,
    clause: 'applicationDeadline',
    description: "Délai de dépôt de la demande après le début d'exécution du contrat (mois)",
  },
  paymentRequestDeadlineMonths: {
    value: 3,
    validFrom: REGULATION_START,
    clause: 'paymentRequest',
    description: 'Délai de la demande de paiement après la fin de la période aidée (mois)',
  },
  minimumAge: {
    value: 30,
    validFrom: REGULATION_START,
    clause: 'employeeConditions',
    description: "Âge minimal du salarié à la date de début d'exécution du contrat (ans)",
  },
  previousEmploymentLookBackMonths: {
    value: 6,
    validFrom: REGULATION_START,
    clause: 'employeeConditions',
    description: "Période sans appartenance à l'effectif de l'établissement avant le contrat (mois)",
  },
  layoffLookBackMonths: {
    value: 6,
    validFrom: REGULATION_START,
    clause: 'employerConditions',
    description: 'Période sans licenciement économique avant la demande (mois)',
  },
  conventionThreshold: {
    value: 23000,
    validFrom: REGULATION_START,
    clause: 'convention',
    description: 'Montant cumulé annuel au-delà duquel une convention est signée (€)',
  },
  documentRetentionYears: {
    value: 10,
    validFrom: REGULATION_START,
    clause: 'keepDocuments',
    description: "Durée de conservation des pièces justificatives à compter du versement de l'aide (ans)",
  },
  personalDataContact: {
    value: 'donneespersonnelles@paysdelaloire.fr',
    validFrom: REGULATION_START,
    clause: 'personalData',
    description: 'Adresse électronique de la déléguée à la protection des données de la Région',
  },
  regionDepartments: {
    value: ['44', '49', '53', '72', '85'] as readonly string[],
    validFrom: REGULATION_START,
    clause: 'beneficiaries',
    description: 'Départements de la région Pays de la Loire',
  },
  defaultFullTimeHours: {
    value: 35,
    validFrom: '2000-01-01',
    clause: 'partTime',
    description: 'Durée légale hebdomadaire du temps complet (h), sauf durée conventionnelle inférieure',
  },
  regulationInForceFrom: {
    value: REGULATION_START,
    validFrom: REGULATION_START,
    clause: 'validity',
    description: "Date d'entrée en vigueur du règlement",
  },
  exemptedSchemeEnd: {
    value: '2026-12-31',
    validFrom: REGULATION_START,
    clause: 'stateAid',
    description: 'Fin de la période couverte par le régime exempté SA.111722 (2024-2026)',
  },
} as const satisfies ParameterSet;

/** Contract-law bounds used only for warnings, not for the aid itself (Code du travail). */
export const CONTRACT_LAW = {
  cddMinMonths: 6,
  cddUsualMaxMonths: 12,
  partTimeMinimumWeeklyHours: 24,
  maximumWeeklyHours: 48,
  futureStartWarningYears: 1,
} as const;
