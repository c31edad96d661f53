import type { CheckId, ClauseId, SimulationInput, WarningCode } from '../../src/rules/index.ts';

/**
 * Legal scenarios as data: each case names the clause it exercises, the input, and the
 * expected figures worked out by hand from the regulation (never from the engine).
 * One runner (scenarios.test.ts) checks them all.
 */
export interface Scenario {
  name: string;
  clause: ClauseId;
  input: SimulationInput;
  today?: string;
  expected: {
    amount?: number;
    monthlyAmount?: number;
    monthsDue?: number;
    /** Exactly the months that are due. */
    dueMonths?: number[];
    /** Months flagged as partly covered by an unpaid suspension. */
    partlyUnpaidMonths?: number[];
    /** Spot checks on month bounds: [index, start, end]. */
    monthBounds?: [number, string, string][];
    /** Spot checks on why a month is not due. */
    exclusions?: [number, 'rupture-first-month' | 'ended-first-month' | 'after-end' | 'unpaid'][];
    applicationDeadline?: string;
    paymentDate?: string | null;
    paymentRequestDeadline?: string | null;
    eligibility?: 'eligible' | 'ineligible' | 'incomplete';
    firstUnmet?: CheckId | null;
    checks?: Partial<Record<CheckId, 'met' | 'unmet' | 'unknown' | 'todo'>>;
    /** The computation as shown, with its exact fraction. */
    formula?: string;
    /** Phrases each explanation step must contain (step id → text). */
    explains?: Record<string, string>;
    /** Status of these "Vos démarches" steps (an empty object: no step at all). */
    steps?: Partial<Record<'file-application' | 'payment-request' | 'keep-documents' | 'communication', string>>;
    /** The id of the version of the regulation applied, null for none. */
    regulation?: string | null;
    /** Exactly these warning codes, in any order. */
    warnings?: WarningCode[];
  };
}

/** Every eligibility answer given and favourable: lets a case vary one condition at a time. */
export const ELIGIBLE_ANSWERS = {
  department: '44',
  subjectToCufpa: true,
  obligationsUpToDate: true,
  economicLayoffsLast6Months: false,
  aged30OrMore: true,
  jobSeekerAtStart: true,
  employedInEstablishmentLast6Months: false,
  contractPurpose: 'listed-certification',
  certificationCode: 'RNCP37443',
} as const satisfies Partial<SimulationInput>;

export const SCENARIOS: Scenario[] = [
  // — The regulation's own examples (§3) —
  {
    name: '§3 example: full time, effective duration 12 months gives 6,000 €',
    clause: 'amount',
    input: { contractStart: '2024-09-02', contractType: 'CDD', plannedEnd: '2025-09-01' },
    expected: {
      amount: 6000,
      monthsDue: 12,
      monthlyAmount: 500,
      paymentDate: '2025-09-01',
      paymentRequestDeadline: '2025-12-01',
      warnings: [],
    },
  },
  {
    name: '§3 example: full time, effective duration 10 months gives 5,000 €',
    clause: 'amount',
    input: { contractStart: '2024-09-02', contractType: 'CDD', plannedEnd: '2025-07-01' },
    expected: {
      amount: 5000,
      monthsDue: 10,
      dueMonths: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      exclusions: [
        [11, 'after-end'],
        [12, 'after-end'],
      ],
    },
  },
  {
    name: '§3 example: full time, effective duration 6 months gives 3,000 €',
    clause: 'amount',
    input: { contractStart: '2024-10-01', contractType: 'CDD', plannedEnd: '2025-03-31' },
    expected: { amount: 3000, monthsDue: 6, paymentDate: '2025-03-31', paymentRequestDeadline: '2025-06-30', warnings: [] },
  },
  {
    name: '§3 example: part time 80 %, 12 months or more gives 4,800 €',
    clause: 'partTime',
    input: { contractStart: '2024-05-15', contractType: 'CDI', weeklyHours: 28 },
    expected: { amount: 4800, monthsDue: 12, monthlyAmount: 400 },
  },
  {
    name: '§3 example: part time 90 %, 10 months gives 4,500 €',
    clause: 'partTime',
    input: { contractStart: '2024-06-01', contractType: 'CDD', plannedEnd: '2025-03-31', weeklyHours: 31.5 },
    expected: { amount: 4500, monthsDue: 10, monthlyAmount: 450 },
  },

  // — Month counting (interpretation 1) —
  {
    name: 'a contract starting on 31 January 2024 has a second month starting on 29 February',
    clause: 'amount',
    input: { contractStart: '2024-01-31', contractType: 'CDD', plannedEnd: '2025-01-30' },
    expected: {
      amount: 6000,
      monthBounds: [
        [1, '2024-01-31', '2024-02-28'],
        [2, '2024-02-29', '2024-03-30'],
        [12, '2024-12-31', '2025-01-30'],
      ],
      warnings: [],
      checks: { 'regulation-in-force': 'unmet' },
    },
  },
  {
    name: 'a start on the 31st keeps the 31st whenever the month has one, never chaining the clamp',
    clause: 'amount',
    input: { contractStart: '2025-01-31', contractType: 'CDI' },
    expected: {
      monthBounds: [
        [1, '2025-01-31', '2025-02-27'],
        [2, '2025-02-28', '2025-03-30'],
        [3, '2025-03-31', '2025-04-29'],
        [12, '2025-12-31', '2026-01-30'],
      ],
      applicationDeadline: '2025-04-30',
    },
  },
  {
    name: 'in a leap year, a start on 31 January has its first month end on 28 February',
    clause: 'amount',
    input: { contractStart: '2028-01-31', contractType: 'CDI' },
    expected: {
      monthBounds: [
        [1, '2028-01-31', '2028-02-28'],
        [2, '2028-02-29', '2028-03-30'],
      ],
      warnings: ['after-exempted-scheme', 'payment-request-literal-text'],
    },
  },
  {
    name: 'a start on 29 February counts the following months from the 29th, clamped to 28 February a year later',
    clause: 'amount',
    input: { contractStart: '2024-02-29', contractType: 'CDD', plannedEnd: '2025-02-27' },
    expected: {
      amount: 6000,
      monthBounds: [
        [2, '2024-03-29', '2024-04-28'],
        [12, '2025-01-29', '2025-02-27'],
      ],
      applicationDeadline: '2024-05-29',
      warnings: [],
      checks: { 'regulation-in-force': 'unmet' },
    },
  },

  // — Effective end and early termination (interpretations 2–4) —
  {
    name: 'a rupture on the last day of the first month leaves nothing due',
    clause: 'earlyTermination',
    input: { contractStart: '2024-09-02', contractType: 'CDD', plannedEnd: '2025-09-01', earlyEnd: '2024-10-01' },
    expected: {
      amount: 0,
      monthsDue: 0,
      exclusions: [
        [1, 'rupture-first-month'],
        [2, 'after-end'],
        [12, 'after-end'],
      ],
      explains: { 'effective-end': "Rupture anticipée le 01/10/2024, durant le premier mois du contrat : l'aide n'est pas due." },
      paymentDate: null,
      paymentRequestDeadline: null,
    },
  },
  {
    name: 'a rupture on the day the contract starts leaves nothing due',
    clause: 'earlyTermination',
    input: { contractStart: '2024-09-02', contractType: 'CDI', earlyEnd: '2024-09-02' },
    expected: { amount: 0, monthsDue: 0, paymentRequestDeadline: null },
  },
  {
    name: 'a rupture on the first day of the second month makes months 1 and 2 due',
    clause: 'earlyTermination',
    input: { contractStart: '2024-09-02', contractType: 'CDD', plannedEnd: '2025-09-01', earlyEnd: '2024-10-02' },
    expected: {
      amount: 1000,
      monthsDue: 2,
      dueMonths: [1, 2],
      exclusions: [[3, 'after-end']],
      paymentDate: '2024-10-02',
      paymentRequestDeadline: '2025-01-02',
    },
  },
  {
    name: 'a rupture in the middle of month 5 keeps month 5 due and stops the aid from month 6',
    clause: 'earlyTermination',
    input: { contractStart: '2024-09-02', contractType: 'CDD', plannedEnd: '2025-09-01', earlyEnd: '2025-01-15' },
    expected: {
      amount: 2500,
      monthsDue: 5,
      dueMonths: [1, 2, 3, 4, 5],
      paymentDate: '2025-01-15',
      paymentRequestDeadline: '2025-04-15',
    },
  },
  {
    name: 'a CDI broken off in month 8 gives 8 months',
    clause: 'earlyTermination',
    input: { contractStart: '2024-04-01', contractType: 'CDI', earlyEnd: '2024-11-20' },
    expected: { amount: 4000, monthsDue: 8, paymentDate: '2024-11-20', paymentRequestDeadline: '2025-02-20', warnings: [] },
  },
  {
    name: 'a CDI without rupture is aided for its first 12 months and warns about the payment request wording',
    clause: 'paymentRequest',
    input: { contractStart: '2024-04-01', contractType: 'CDI' },
    expected: {
      amount: 6000,
      monthsDue: 12,
      paymentDate: '2025-03-31',
      paymentRequestDeadline: '2025-06-30',
      warnings: ['payment-request-literal-text'],
    },
  },
  {
    name: 'a 24-month CDD counts only months 1 to 12 and advises the earlier payment request date',
    clause: 'amount',
    input: { contractStart: '2024-06-10', contractType: 'CDD', plannedEnd: '2026-06-09' },
    expected: {
      amount: 6000,
      monthsDue: 12,
      paymentDate: '2025-06-09',
      paymentRequestDeadline: '2025-09-09',
      warnings: ['cdd-longer-than-12-months', 'payment-request-literal-text'],
    },
  },
  {
    name: 'an early end after month 12 of a long CDD still gives the full 12 months',
    clause: 'earlyTermination',
    input: { contractStart: '2024-06-10', contractType: 'CDD', plannedEnd: '2026-06-09', earlyEnd: '2025-08-31' },
    expected: {
      amount: 6000,
      monthsDue: 12,
      paymentDate: '2025-06-09',
      warnings: ['cdd-longer-than-12-months', 'payment-request-literal-text'],
    },
  },
  {
    name: 'a CDD of 5 months gives 2,500 € and warns that it is shorter than contract law allows',
    clause: 'amount',
    input: { contractStart: '2025-01-01', contractType: 'CDD', plannedEnd: '2025-05-31' },
    expected: { amount: 2500, monthsDue: 5, warnings: ['cdd-shorter-than-6-months'] },
  },
  {
    name: 'a CDD of exactly 6 months raises no duration warning',
    clause: 'amount',
    input: { contractStart: '2025-01-01', contractType: 'CDD', plannedEnd: '2025-06-30' },
    expected: { amount: 3000, monthsDue: 6, warnings: [] },
  },

  // — Unpaid suspension (interpretation 5) —
  {
    name: 'two months without any pay are not due',
    clause: 'suspension',
    input: { contractStart: '2024-09-02', contractType: 'CDD', plannedEnd: '2025-09-01', unpaidMonths: [3, 7] },
    expected: {
      amount: 5000,
      monthsDue: 10,
      exclusions: [
        [3, 'unpaid'],
        [7, 'unpaid'],
      ],
    },
  },
  {
    name: 'an unpaid month after the end changes nothing',
    clause: 'suspension',
    input: { contractStart: '2025-01-01', contractType: 'CDD', plannedEnd: '2025-06-30', unpaidMonths: [9] },
    expected: { amount: 3000, monthsDue: 6, exclusions: [[9, 'after-end']] },
  },
  {
    name: 'a suspension covering all of month 2 across a calendar month boundary removes it, and flags months 1 and 3',
    clause: 'suspension',
    input: {
      contractStart: '2024-09-15',
      contractType: 'CDD',
      plannedEnd: '2025-09-14',
      unpaidPeriods: [{ from: '2024-10-10', to: '2024-11-20' }],
    },
    expected: {
      amount: 5500,
      monthsDue: 11,
      exclusions: [[2, 'unpaid']],
      partlyUnpaidMonths: [1, 3],
      warnings: ['partly-unpaid-months'],
    },
  },
  {
    name: 'a suspension across the new year covering months 2 and 3 removes both',
    clause: 'suspension',
    input: { contractStart: '2024-11-01', contractType: 'CDI', unpaidPeriods: [{ from: '2024-12-01', to: '2025-01-31' }] },
    expected: {
      amount: 5000,
      monthsDue: 10,
      exclusions: [
        [2, 'unpaid'],
        [3, 'unpaid'],
      ],
      partlyUnpaidMonths: [],
    },
  },
  {
    name: 'overlapping suspensions that together cover a month remove it',
    clause: 'suspension',
    input: {
      contractStart: '2024-05-01',
      contractType: 'CDD',
      plannedEnd: '2025-04-30',
      unpaidPeriods: [
        { from: '2024-07-15', to: '2024-07-31' },
        { from: '2024-07-01', to: '2024-07-20' },
      ],
    },
    expected: { amount: 5500, monthsDue: 11, exclusions: [[3, 'unpaid']], partlyUnpaidMonths: [] },
  },
  {
    name: 'suspensions leaving one paid day keep the month due but flag it',
    clause: 'suspension',
    input: {
      contractStart: '2024-05-01',
      contractType: 'CDD',
      plannedEnd: '2025-04-30',
      unpaidPeriods: [
        { from: '2024-07-01', to: '2024-07-15' },
        { from: '2024-07-17', to: '2024-07-31' },
      ],
    },
    expected: { amount: 6000, monthsDue: 12, partlyUnpaidMonths: [3], warnings: ['partly-unpaid-months'] },
  },

  // — Part time and rounding (interpretations 6–7) —
  {
    name: 'half time, 17.5 h of 35 h, gives half the amount and warns about the 24 h minimum',
    clause: 'partTime',
    input: { contractStart: '2024-09-02', contractType: 'CDD', plannedEnd: '2025-09-01', weeklyHours: 17.5 },
    expected: { amount: 3000, monthlyAmount: 250, warnings: ['weekly-hours-below-24'] },
  },
  {
    name: 'more weekly hours than full time are capped at 100 %',
    clause: 'partTime',
    input: { contractStart: '2024-09-02', contractType: 'CDD', plannedEnd: '2025-09-01', weeklyHours: 39 },
    expected: { amount: 6000, monthlyAmount: 500 },
  },
  {
    name: 'a collective agreement full time of 32 h makes 24 h a 75 % ratio',
    clause: 'partTime',
    input: { contractStart: '2024-09-02', contractType: 'CDD', plannedEnd: '2025-09-01', weeklyHours: 24, fullTimeHours: 32 },
    expected: { amount: 4500, monthlyAmount: 375 },
  },
  {
    name: '25 h of 35 h over 11 months is rounded to the cent',
    clause: 'amount',
    input: { contractStart: '2024-09-02', contractType: 'CDD', plannedEnd: '2025-08-01', weeklyHours: 25 },
    // 500 × 25/35 × 11 = 3,928.5714… → 3,928.57; 500 × 25/35 = 357.1428… → 357.14
    expected: { amount: 3928.57, monthlyAmount: 357.14, monthsDue: 11 },
  },
  {
    name: '30 h of 35 h over 12 months rounds half up to 5,142.86 €',
    clause: 'amount',
    input: { contractStart: '2024-09-02', contractType: 'CDD', plannedEnd: '2025-09-01', weeklyHours: 30 },
    // 500 × 30/35 × 12 = 5,142.857… → 5,142.86
    expected: { amount: 5142.86, monthlyAmount: 428.57 },
  },

  // — Application deadline (interpretation 8) —
  {
    name: 'a request filed on the last day of the 3-month deadline is in time',
    clause: 'applicationDeadline',
    input: { contractStart: '2024-11-30', contractType: 'CDI', applicationDate: '2025-02-28' },
    expected: { applicationDeadline: '2025-02-28', checks: { 'application-deadline': 'met' } },
  },
  {
    name: 'a request filed the day after the deadline is late',
    clause: 'applicationDeadline',
    input: { ...ELIGIBLE_ANSWERS, contractStart: '2024-11-30', contractType: 'CDI', applicationDate: '2025-03-01' },
    expected: { applicationDeadline: '2025-02-28', eligibility: 'ineligible', firstUnmet: 'application-deadline' },
  },
  {
    name: 'a start on 31 August has its deadline clamped to 30 November',
    clause: 'applicationDeadline',
    input: { contractStart: '2024-08-31', contractType: 'CDI' },
    expected: { applicationDeadline: '2024-11-30', checks: { 'application-deadline': 'unknown' } },
  },

  // — Age (interpretation 10) —
  {
    name: 'an employee whose 30th birthday is the start day is old enough',
    clause: 'employeeConditions',
    input: { contractStart: '2024-09-02', contractType: 'CDI', birthDate: '1994-09-02' },
    expected: { checks: { 'employee-age': 'met' } },
  },
  {
    name: 'an employee who turns 30 the day after the start is too young',
    clause: 'employeeConditions',
    input: {
      ...ELIGIBLE_ANSWERS,
      contractStart: '2024-09-02',
      contractType: 'CDI',
      birthDate: '1994-09-03',
      applicationDate: '2024-09-10',
    },
    expected: { eligibility: 'ineligible', firstUnmet: 'employee-age' },
  },
  {
    name: 'born on 29 February, the 30th birthday falls on 28 February in a common year, with a warning',
    clause: 'employeeConditions',
    input: { contractStart: '2026-02-28', contractType: 'CDI', birthDate: '1996-02-29' },
    expected: { checks: { 'employee-age': 'met' }, warnings: ['leap-day-birthday', 'payment-request-literal-text'] },
  },
  {
    name: 'born on 29 February, a start on 27 February of the 30th year is too early',
    clause: 'employeeConditions',
    input: { contractStart: '2026-02-27', contractType: 'CDI', birthDate: '1996-02-29' },
    expected: { checks: { 'employee-age': 'unmet' } },
  },
  {
    name: 'the birth date prevails over the declared answer',
    clause: 'employeeConditions',
    input: { contractStart: '2024-09-02', contractType: 'CDI', birthDate: '2000-01-01', aged30OrMore: true },
    expected: { checks: { 'employee-age': 'unmet' } },
  },

  // — Eligibility as a whole (§1, §2) —
  {
    name: 'every condition met makes the contract eligible',
    clause: 'employeeConditions',
    input: {
      ...ELIGIBLE_ANSWERS,
      contractStart: '2024-09-02',
      contractType: 'CDD',
      plannedEnd: '2025-09-01',
      applicationDate: '2024-10-15',
    },
    expected: { eligibility: 'eligible', firstUnmet: null, amount: 6000 },
  },
  {
    name: 'nothing answered leaves the eligibility incomplete, with every condition to answer',
    clause: 'employeeConditions',
    input: { contractStart: '2024-09-02', contractType: 'CDI' },
    expected: {
      eligibility: 'incomplete',
      checks: {
        'employer-region': 'unknown',
        'employer-contribution': 'unknown',
        'employer-obligations': 'unknown',
        'employer-no-layoffs': 'unknown',
        'employee-age': 'unknown',
        'employee-jobseeker': 'unknown',
        'employee-not-recent-staff': 'unknown',
        'certification-type': 'unknown',
        'certification-listed': 'unknown',
        'application-deadline': 'unknown',
      },
    },
  },
  {
    name: 'an establishment in Paris is not eligible',
    clause: 'beneficiaries',
    input: {
      ...ELIGIBLE_ANSWERS,
      department: '75',
      contractStart: '2024-09-02',
      contractType: 'CDI',
      applicationDate: '2024-09-02',
    },
    expected: { eligibility: 'ineligible', firstUnmet: 'employer-region' },
  },
  {
    name: 'an economic layoff in the 6 months before the request makes the employer ineligible',
    clause: 'employerConditions',
    input: {
      ...ELIGIBLE_ANSWERS,
      economicLayoffsLast6Months: true,
      contractStart: '2024-09-02',
      contractType: 'CDI',
      applicationDate: '2024-09-02',
    },
    expected: { eligibility: 'ineligible', firstUnmet: 'employer-no-layoffs' },
  },
  {
    name: 'an employee in the workforce during the previous 6 months is not eligible',
    clause: 'employeeConditions',
    input: {
      ...ELIGIBLE_ANSWERS,
      employedInEstablishmentLast6Months: true,
      contractStart: '2024-09-02',
      contractType: 'CDI',
      applicationDate: '2024-09-02',
    },
    expected: { eligibility: 'ineligible', firstUnmet: 'employee-not-recent-staff' },
  },
  {
    name: 'an experimental professionalisation contract is out of scope',
    clause: 'certificationType',
    input: {
      ...ELIGIBLE_ANSWERS,
      contractPurpose: 'experimental-contract',
      contractStart: '2024-09-02',
      contractType: 'CDI',
      applicationDate: '2024-09-02',
    },
    expected: { eligibility: 'ineligible', firstUnmet: 'certification-type' },
  },
  {
    name: 'a qualification recognised only by a collective agreement is out of scope',
    clause: 'certificationType',
    input: {
      ...ELIGIBLE_ANSWERS,
      contractPurpose: 'collective-agreement-qualification',
      contractStart: '2024-09-02',
      contractType: 'CDI',
      applicationDate: '2024-09-02',
    },
    expected: { eligibility: 'ineligible', firstUnmet: 'certification-type' },
  },
  {
    name: 'a certification code absent from the annex is not eligible',
    clause: 'priorityList',
    input: {
      ...ELIGIBLE_ANSWERS,
      certificationCode: 'RNCP99999',
      contractStart: '2024-09-02',
      contractType: 'CDI',
      applicationDate: '2024-09-02',
    },
    expected: { eligibility: 'ineligible', firstUnmet: 'certification-listed' },
  },

  // — Issue 14: the request not yet filed, the end of the contract said per case, exact arithmetic —
  {
    name: 'a request not yet filed, its deadline ahead, is a task and the contract is eligible',
    clause: 'applicationDeadline',
    input: { ...ELIGIBLE_ANSWERS, contractStart: '2027-01-04', contractType: 'CDI', applicationFiled: false },
    today: '2026-12-02',
    // 4 January 2027 + 3 months = 4 April 2027.
    expected: {
      eligibility: 'eligible',
      firstUnmet: null,
      applicationDeadline: '2027-04-04',
      checks: { 'application-deadline': 'todo' },
      steps: { 'file-application': 'todo', 'payment-request': 'todo', 'keep-documents': 'info', communication: 'info' },
    },
  },
  {
    name: 'a request not yet filed on the deadline itself is still a task',
    clause: 'applicationDeadline',
    input: { ...ELIGIBLE_ANSWERS, contractStart: '2026-09-02', contractType: 'CDI', applicationFiled: false },
    today: '2026-12-02',
    expected: { applicationDeadline: '2026-12-02', eligibility: 'eligible', checks: { 'application-deadline': 'todo' } },
  },
  {
    name: 'a request not yet filed the day after the deadline can no longer be filed in time',
    clause: 'applicationDeadline',
    input: { ...ELIGIBLE_ANSWERS, contractStart: '2026-09-01', contractType: 'CDI', applicationFiled: false },
    today: '2026-12-02',
    // 1 September 2026 + 3 months = 1 December 2026, passed on 2 December.
    expected: { applicationDeadline: '2026-12-01', eligibility: 'ineligible', firstUnmet: 'application-deadline', steps: {} },
  },
  {
    name: 'a request said filed but without its date leaves the deadline to answer',
    clause: 'applicationDeadline',
    input: { ...ELIGIBLE_ANSWERS, contractStart: '2026-09-01', contractType: 'CDI', applicationFiled: true },
    today: '2026-12-02',
    expected: { eligibility: 'incomplete', checks: { 'application-deadline': 'unknown' } },
  },
  {
    name: 'a request filed in time is judged on its date, not on today, and is done',
    clause: 'applicationDeadline',
    input: {
      ...ELIGIBLE_ANSWERS,
      contractStart: '2024-09-02',
      contractType: 'CDI',
      applicationFiled: true,
      applicationDate: '2024-11-15',
    },
    today: '2031-06-15',
    expected: {
      eligibility: 'eligible',
      checks: { 'application-deadline': 'met' },
      // Payment window: 1 September 2025 to 1 December 2025, passed in 2031.
      paymentRequestDeadline: '2025-12-01',
      steps: { 'file-application': 'done', 'payment-request': 'late' },
    },
  },
  // — Issue 15 §5: a month whose contract days are all unpaid is not due —
  {
    name: 'a rupture on 15 January after a suspension from 1 December leaves January unpaid, so not due',
    clause: 'suspension',
    input: {
      contractStart: '2024-09-01',
      contractType: 'CDI',
      earlyEnd: '2025-01-15',
      unpaidPeriods: [{ from: '2024-12-01', to: '2025-01-15' }],
    },
    // Month 4 (1–31 Dec) and the contract days of month 5 (1–15 Jan) are all unpaid: months 1–3,
    // 3 × 500 € = 1 500 €; month 6 on is after the end.
    expected: {
      amount: 1500,
      dueMonths: [1, 2, 3],
      exclusions: [
        [4, 'unpaid'],
        [5, 'unpaid'],
        [6, 'after-end'],
      ],
      partlyUnpaidMonths: [],
    },
  },
  {
    name: 'two suspensions that together cover the contract days of a month make it not due',
    clause: 'suspension',
    input: {
      contractStart: '2024-09-01',
      contractType: 'CDI',
      earlyEnd: '2025-01-15',
      unpaidPeriods: [
        { from: '2025-01-01', to: '2025-01-15' },
        { from: '2024-12-01', to: '2024-12-31' },
      ],
    },
    expected: { amount: 1500, dueMonths: [1, 2, 3], partlyUnpaidMonths: [] },
  },
  {
    name: 'one paid contract day keeps the month due, to be checked',
    clause: 'suspension',
    input: {
      contractStart: '2024-09-01',
      contractType: 'CDI',
      earlyEnd: '2025-01-15',
      unpaidPeriods: [{ from: '2024-12-01', to: '2025-01-14' }],
    },
    // 15 January was paid: month 5 stays due, flagged; months 1–3 and 5, 4 × 500 € = 2 000 €.
    expected: { amount: 2000, dueMonths: [1, 2, 3, 5], partlyUnpaidMonths: [5], warnings: ['partly-unpaid-months'] },
  },
  {
    name: 'a request date after today is not a filed request: the deadline stays to answer',
    clause: 'applicationDeadline',
    input: {
      ...ELIGIBLE_ANSWERS,
      contractStart: '2026-09-01',
      contractType: 'CDI',
      applicationFiled: true,
      applicationDate: '2026-12-05',
    },
    today: '2026-12-02',
    expected: { eligibility: 'incomplete', checks: { 'application-deadline': 'unknown' } },
  },
  {
    name: 'a CDD whose planned end falls in its first month leaves nothing due, month 1 saying why',
    clause: 'earlyTermination',
    input: { contractStart: '2024-09-02', contractType: 'CDD', plannedEnd: '2024-09-20' },
    expected: {
      amount: 0,
      monthsDue: 0,
      exclusions: [
        [1, 'ended-first-month'],
        [2, 'after-end'],
        [12, 'after-end'],
      ],
      explains: { 'effective-end': 'Le CDD prend fin à la date prévue, le 20/09/2024, durant son premier mois' },
      warnings: ['cdd-shorter-than-6-months'],
    },
  },
  {
    name: 'a CDD reaching its planned end in month 9 is not called a rupture',
    clause: 'payment',
    input: { contractStart: '2024-09-02', contractType: 'CDD', plannedEnd: '2025-05-20' },
    // Month 9 runs 02/05/2025–01/06/2025 and contains 20/05/2025: months 1–9 due, 4 500 €.
    expected: {
      amount: 4500,
      monthsDue: 9,
      exclusions: [[10, 'after-end']],
      explains: {
        'effective-end':
          'Le CDD prend fin à la date prévue, le 20/05/2025 (mois n°\u00a09), avant la fin du 12e mois. Le mois n°\u00a09, qui contient cette date, est dû',
      },
    },
  },
  {
    name: 'a 24-month CDD ends after the 12 aided months, which all count',
    clause: 'amount',
    input: { contractStart: '2024-09-02', contractType: 'CDD', plannedEnd: '2026-09-01' },
    expected: {
      amount: 6000,
      explains: {
        'effective-end': 'Le CDD prend fin à la date prévue, le 01/09/2026, après les 12 mois aidés : les 12 mois comptent.',
      },
      warnings: ['cdd-longer-than-12-months', 'payment-request-literal-text'],
    },
  },
  {
    name: 'a rupture in a month without pay says that month is not due',
    clause: 'earlyTermination',
    input: { contractStart: '2024-09-02', contractType: 'CDI', earlyEnd: '2025-01-15', unpaidMonths: [5] },
    // Month 5 runs 02/01/2025–01/02/2025, contains the rupture and is unpaid: months 1–4 due, 2 000 €.
    expected: {
      amount: 2000,
      monthsDue: 4,
      exclusions: [
        [5, 'unpaid'],
        [6, 'after-end'],
      ],
      explains: {
        'effective-end':
          "Rupture anticipée le 15/01/2025 (mois n°\u00a05). Le mois n°\u00a05, qui contient cette date, est sans rémunération : il n'est pas dû ; l'aide n'est pas due à compter du mois suivant.",
      },
    },
  },
  {
    name: '24 h of 35 h over 12 months: the exact fraction gives 4 114,29 €',
    clause: 'partTime',
    input: { contractStart: '2024-09-02', contractType: 'CDI', weeklyHours: 24, fullTimeHours: 35 },
    // 500 × 24 / 35 × 12 = 4 114,2857… → 4 114,29 € (the rounded 342,86 € × 12 would give 4 114,32 €).
    expected: {
      amount: 4114.29,
      formula: '500\u00a0€ × 24/35 × 12 mois',
      explains: { amount: '500\u00a0€ × 24/35 × 12 mois = 4\u202f114,29\u00a0€, arrondi au centime.' },
    },
  },
  {
    name: '39 h for a 35 h full time is capped at a full-time aid, with a warning',
    clause: 'partTime',
    input: { contractStart: '2024-09-02', contractType: 'CDI', weeklyHours: 39, fullTimeHours: 35 },
    expected: {
      amount: 6000,
      formula: '500\u00a0€ × 12 mois',
      warnings: ['weekly-hours-above-full-time', 'payment-request-literal-text'],
    },
  },

  // — Validity dates (§7) and the warnings that do not block the amount —
  {
    name: 'a contract starting before 1 April 2024 is judged by no version: an unmet condition, the amount it would have been',
    clause: 'validity',
    input: { ...ELIGIBLE_ANSWERS, contractStart: '2024-03-31', contractType: 'CDD', plannedEnd: '2025-03-30' },
    expected: {
      amount: 6000,
      warnings: [],
      eligibility: 'ineligible',
      firstUnmet: 'regulation-in-force',
      regulation: null,
    },
  },
  {
    name: 'a contract starting on 1 April 2024 is judged by the 2024 regulation, which the result names',
    clause: 'validity',
    input: { contractStart: '2024-04-01', contractType: 'CDI' },
    expected: { amount: 6000, checks: { 'regulation-in-force': 'met' }, regulation: 'ri-2024' },
  },
  {
    name: 'a contract starting after 31 December 2026 warns that the exempted scheme ends',
    clause: 'stateAid',
    input: { contractStart: '2027-01-01', contractType: 'CDD', plannedEnd: '2027-12-31' },
    today: '2026-11-29',
    expected: { amount: 6000, warnings: ['after-exempted-scheme'] },
  },
  {
    name: 'a start more than a year ahead of today is flagged',
    clause: 'amount',
    input: { contractStart: '2026-06-01', contractType: 'CDD', plannedEnd: '2027-05-31' },
    today: '2025-05-31',
    expected: { warnings: ['start-far-in-future'] },
  },
  {
    name: 'a start exactly a year ahead of today is not flagged',
    clause: 'amount',
    input: { contractStart: '2026-05-31', contractType: 'CDD', plannedEnd: '2027-05-30' },
    today: '2025-05-31',
    expected: { warnings: [] },
  },
];
