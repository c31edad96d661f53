import { currentVersion, normaliseSiret, versionInForce, type RegulationVersion } from '../rules/basics.ts';
import type { SimulationResult, SimulationSuccess } from '../rules/index.ts';
import { LazyModule } from './lazy-module.svelte.ts';
import {
  emptyForm,
  looksComplete,
  readDate,
  readForm,
  typedDate,
  type Answer,
  type FieldErrors,
  type FormFields,
} from './form.ts';
import { CatalogueLoader } from './catalogue.svelte.ts';
import { clearDraft, loadDraft, saveDraft, type Draft } from './storage.ts';
import { localToday } from './today.ts';
import { formToParameters, restoreForm } from './url.ts';
import { ageAnswerOf, verdictOf, type Verdict } from './verdict.ts';

const DRAFT_MESSAGES = {
  'set-aside': 'La saisie gardée dans ce navigateur était illisible : elle a été mise de côté, pas effacée.',
  'kept-in-place':
    "La saisie gardée dans ce navigateur est illisible et n'a pas pu être mise de côté : elle ne sera pas remplacée.",
} as const;

/**
 * The simulator's state: the form as typed ($state) and everything derived from it. The logic
 * lives in pure functions (readForm, simulate, formToParameters); this class only wires them.
 */
export class SimulationState {
  /** Today's date on the user's calendar; fixed for the life of the page. */
  today = $state('');
  form = $state<FormFields>(emptyForm());
  /** Notices about URL parameters that were ignored. */
  notices = $state<string[]>([]);
  /** Set when the browser refuses to keep the draft (private mode, storage full). */
  storageRefused = $state(false);

  readonly catalogue = new CatalogueLoader();
  /**
   * The engine (simulate, its explanations, zod's input schema) is a chunk of its own, loaded as
   * soon as a simulation can be computed or the form is first used: an empty first visit does
   * without it, which keeps the first load within its budget.
   */
  readonly engine = new LazyModule(() => import('../rules/index.ts'));

  reading = $derived(readForm(this.form));
  /**
   * The version of the regulation the form's questions and figures come from: the one in force at
   * the contract start once it is typed, else today's.
   */
  version: RegulationVersion = $derived.by(() => {
    const start = readDate(this.form.contractStart);
    return (start && versionInForce(start)) || currentVersion(this.today);
  });
  result: SimulationResult | null = $derived(
    this.reading.input && this.engine.module
      ? this.engine.module.simulate(this.reading.input, {
          findCertification: this.catalogue.module?.findCertification,
          today: this.today,
        })
      : null,
  );
  success: SimulationSuccess | null = $derived(this.result?.ok ? this.result : null);
  /** The input is complete but the engine has not arrived yet. */
  computing: boolean = $derived(this.reading.input !== null && this.engine.module === null);
  /** What the employer reads first: the verdict, then the amount (see verdict.ts). */
  verdict: Verdict = $derived(verdictOf(this.success, this.form, this.today, this.computing));

  /** Messages to show next to each field: the form's own, then the engine's. */
  fieldErrors: FieldErrors = $derived.by(() => {
    const errors: FieldErrors = { ...this.reading.errors };
    if (this.result && !this.result.ok) {
      for (const error of this.result.errors) {
        const field = error.path.startsWith('unpaidMonths') ? 'unpaidMonths' : error.path;
        errors[field] ??= error.message;
      }
    }
    return errors;
  });

  /**
   * What keeps the amount from showing: fields to fix (their message), then fields to fill. A date
   * still being typed ("02/0") is to complete, not wrong: its field shows no error yet either.
   */
  toFix: { field: string; message: string }[] = $derived([
    ...Object.entries(this.fieldErrors).map(([field, message]) => {
      const typed = typedDate(this.form, field);
      return { field, message: typed !== null && !looksComplete(typed) ? 'date à compléter (JJ/MM/AAAA)' : (message ?? '') };
    }),
    ...this.reading.missing.map((field) => ({ field, message: 'à renseigner' })),
  ]);

  /** "30 ans ou plus": the answer given, or the one derived from the birth date. */
  ageAnswer: Answer = $derived(ageAnswerOf(this.form, this.success));

  /** The certification's title verbatim from the annex, when the list knows the code typed. */
  certificationTitle: string | null = $derived.by(() => {
    const code = this.form.certificationCode.trim();
    return (code && this.catalogue.module?.findCertification(code)?.title) || null;
  });

  /** Its display name ("Titre professionnel Assistant de vie aux familles"), the annex's typos fixed. */
  certificationName: string | null = $derived.by(() => {
    const code = this.form.certificationCode.trim();
    const item = code ? this.catalogue.module?.catalogueSearch.findByCode(code) : null;
    return item ? `${item.kind} ${item.name}` : null;
  });

  /** Names the contract in calendar events and file names: certification, then SIRET or start. */
  contractLabel: string = $derived.by(() => {
    const siret = normaliseSiret(this.form.siret);
    const what = this.certificationTitle ?? (this.form.certificationCode.trim() || 'Contrat de professionnalisation');
    return `${what}${/^\d{14}$/.test(siret) ? ` — SIRET ${siret}` : ''}`;
  });

  parameters: string = $derived(formToParameters(this.form, this.ageAnswer).toString());
  /** The page's address without query nor hash: the base of share links. */
  readonly pageAddress: string = '';
  /** The address of this simulation, to copy, share or print. */
  shareLink: string = $derived(`${this.pageAddress}${this.parameters ? `?${this.parameters}` : ''}`);

  /**
   * @param search the page's query string (deep-link parameters)
   * @param today today's date on the user's calendar
   * @param pageAddress the page's address without query nor hash, the base of share links
   */
  constructor(search: string, today: string = localToday(), pageAddress = '') {
    this.today = today;
    this.pageAddress = pageAddress;
    const { draft, problem } = loadDraft();
    // An unreadable draft is never overwritten before a copy of it is kept (see loadDraft).
    this.#draftKeptInPlace = problem === 'kept-in-place';
    const fromUrl = search.replace(/^\?/, '');
    // The birth date never travels in a URL: take it back from this browser's draft, but only
    // for the very simulation it belongs to.
    const draftMatches = draft && (!fromUrl || draft.parameters === new URLSearchParams(fromUrl).toString());
    const { form: restored, notices } = restoreForm(fromUrl || draft?.parameters || '', draftMatches ? draft : undefined);
    this.form = restored;
    this.notices = problem ? [...notices, DRAFT_MESSAGES[problem]] : notices;
    // The eligibility check needs the list as soon as a certification is named.
    if (restored.certificationCode) void this.catalogue.load();
    if (this.reading.input) void this.engine.load();
  }

  /** What this browser keeps of the simulation: the URL parameters plus the birth date. */
  draft: Draft = $derived({
    version: 1,
    parameters: this.parameters,
    birthDate: this.form.ageMode === 'birthDate' ? this.form.birthDate : '',
    ageMode: this.form.ageMode,
  });

  /** Keeps the draft in this browser; called whenever it changes. */
  persist(draft: Draft = this.draft): void {
    this.storageRefused = this.#draftKeptInPlace || !saveDraft(draft);
  }

  #draftKeptInPlace = false;

  /** Opens a saved simulation in the simulator. */
  load(form: FormFields): void {
    this.form = form;
    this.notices = [];
    if (form.certificationCode) void this.catalogue.load();
    void this.engine.load();
  }

  reset(): void {
    // An unreadable draft that could not be copied aside is never deleted.
    if (!this.#draftKeptInPlace) clearDraft();
    this.form = restoreForm('').form;
    this.notices = [];
  }
}
