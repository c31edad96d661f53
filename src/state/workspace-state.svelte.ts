import { formatEuros, formatFrenchDate, formatPercent, type CertificationLookup } from '../rules/index.ts';
import type { CatalogueLoader } from './catalogue.svelte.ts';
import { simulationsToCsv } from './csv.ts';
import { evaluateSaved, formOfSaved, type EvaluatedSimulation } from './evaluate.ts';
import { readNumber, type FormFields } from './form.ts';
import { shortEcho } from './url.ts';
import { employerGroups, foldName, NO_FIGURES, type EmployerGroup } from './totals.ts';
import {
  loadWorkspace,
  countSetAsideCopies,
  setAsideCopies,
  updateWorkspace,
  WORKSPACE_KEY,
  type StorageProblem,
  type StoredWorkspace,
} from './workspace-storage.ts';
import {
  emptyWorkspace,
  exportWorkspace,
  importWorkspace,
  newSimulationId,
  type EmployerFigures,
  type SavedSimulation,
  type Workspace,
} from './workspace.ts';
import type { Draft } from './storage.ts';
import { pageCount, pageOf } from './paging.ts';
import { afterNextPaint } from './after-paint.ts';
import { agree, countOf } from './plural.ts';

const STORAGE_MESSAGES: Record<StorageProblem, string> = {
  unavailable:
    "Ce navigateur ne permet pas d'enregistrer des simulations (navigation privée ?). La simulation en cours reste dans son lien : copiez-le pour la garder.",
  full: "L'espace de stockage de ce navigateur est plein : la simulation n'a pas été enregistrée. Exportez puis supprimez d'anciennes simulations. La simulation en cours reste dans son lien.",
};
const NEWER_VERSION =
  "Mes simulations a été enregistré par une version plus récente du simulateur (ouverte dans un autre onglet) : rechargez cette page pour le retrouver. Rien n'est enregistré d'ici là.";
const UNREADABLE_KEPT =
  "Rien n'a été enregistré : des données illisibles de ce navigateur n'ont pas pu être mises de côté. Téléchargez-les d'abord (bouton ci-dessus), puis choisissez de continuer.";

/** What to tell the user when storage refused a read or a write. */
function problemMessage(problem: StorageProblem | 'newer-version' | 'unreadable-kept'): string {
  if (problem === 'unreadable-kept') return UNREADABLE_KEPT;
  if (problem === 'newer-version') return NEWER_VERSION;
  return STORAGE_MESSAGES[problem];
}

/** Simulations and employers shown per page: an adviser's lifetime of simulations stays quick to open. */
export const PAGE_SIZE = 20;

export const STATUS_TEXT = { eligible: 'Éligible', ineligible: 'Non éligible', incomplete: 'À compléter' } as const;

/** One line of the comparison table: a label, one value per compared simulation, and whether they differ. */
export interface ComparisonRow {
  label: string;
  values: string[];
  differs: boolean;
}

/** Shown for a value the simulation does not have (no result yet, no planned end for a CDI…). */
const NONE = '—';

/**
 * The comparison table's lines: what an adviser varies (certification, dates, hours) and what
 * follows from it. Values are compared as shown, so a line differs exactly when the eye would
 * see two different texts.
 */
export function comparisonRows(
  items: readonly EvaluatedSimulation[],
  certificationText: (item: EvaluatedSimulation) => string,
): ComparisonRow[] {
  const line = (label: string, value: (item: EvaluatedSimulation) => string): ComparisonRow => {
    const values = items.map(value);
    return { label, values, differs: new Set(values).size > 1 };
  };
  const success = (item: EvaluatedSimulation) => (item.result?.ok ? item.result : null);
  return [
    line('Certification', (item) => certificationText(item) || NONE),
    line('Type de contrat', ({ form }) => form.contractType || NONE),
    line('Début du contrat', ({ form }) => form.contractStart || NONE),
    line('Fin prévue (CDD)', ({ form }) => (form.contractType === 'CDD' && form.plannedEnd) || NONE),
    line('Fin effective (rupture)', ({ form }) => form.earlyEnd || NONE),
    line('Durée hebdomadaire', ({ form }) =>
      form.timeMode === 'part'
        ? `${form.weeklyHours || NONE} h (temps complet : ${form.fullTimeHours || NONE} h)`
        : 'Temps complet',
    ),
    line('Quotité', (item) => {
      const result = success(item);
      return result ? formatPercent(result.ratio) : NONE;
    }),
    line('Montant estimé', (item) => amountText(item)),
    line('Mois dus', (item) => String(success(item)?.monthsDue ?? NONE)),
    line('Éligibilité', (item) => STATUS_TEXT[success(item)?.eligibility.status ?? 'incomplete']),
    line('Date limite de dépôt', (item) => {
      const result = success(item);
      return result ? formatFrenchDate(result.applicationDeadline) : NONE;
    }),
    line('Demande de paiement au plus tard', (item) => {
      const deadline = success(item)?.paymentRequestDeadline;
      return deadline ? formatFrenchDate(deadline) : NONE;
    }),
  ];
}

/** "4 800 €" or "à compléter", for lists. */
function amountText(item: EvaluatedSimulation): string {
  return item.result?.ok ? formatEuros(item.result.amount) : 'à compléter';
}

/** "Mes simulations": the saved list, its evaluations and employer totals; logic in pure modules. */
export class WorkspaceState {
  /** Replaced whole on each change, never mutated: not deeply proxied, so that evaluations can be cached per entry. */
  workspace = $state.raw<Workspace>(emptyWorkspace());
  /** What the last action did, announced politely. */
  status = $state('');
  /** Storage refused or full, or entries set aside: stays visible until resolved. */
  problems = $state<string[]>([]);
  /** Stored text with unreadable entries that could not be set aside: offered for download, never overwritten. */
  unreadableText = $state<string | null>(null);
  /** Set-aside copies kept in this browser. */
  setAsideCount = $state(0);
  /** Ids ticked for side-by-side comparison (2 to 4). */
  compared = $state<string[]>([]);
  /** Text typed to narrow the list (name or employer), as in the field, and as applied to the list. */
  filterTyped = $state('');
  filter = $state('');
  /** Page of the list shown, from 0. */
  page = $state(0);
  /** Page of the employer totals shown, from 0. */
  employerPage = $state(0);

  /** The unreadable stored text the user downloaded and agreed to write over. */
  #approvedUnreadable: string | null = null;
  #evaluations = new WeakMap<SavedSimulation, EvaluatedSimulation>();
  #evaluatedWith: CertificationLookup | undefined;

  /** Each saved entry is evaluated once, and again only when it or the certification list changes. */
  #evaluate = (saved: SavedSimulation): EvaluatedSimulation => {
    const lookup = this.catalogue.module?.findCertification;
    if (lookup !== this.#evaluatedWith) {
      this.#evaluations = new WeakMap();
      this.#evaluatedWith = lookup;
    }
    let evaluation = this.#evaluations.get(saved);
    if (!evaluation) {
      evaluation = evaluateSaved(saved, this.today, lookup);
      this.#evaluations.set(saved, evaluation);
    }
    return evaluation;
  };

  /** Every saved simulation evaluated: for the totals and the CSV export (see totalsReady). */
  evaluated: EvaluatedSimulation[] = $derived(this.workspace.simulations.map(this.#evaluate));
  /**
   * The totals need every simulation evaluated (10,000 take about half a second): the list shows
   * its first page at once and the totals follow, computed in slices after the first paint.
   */
  totalsReady = $state(false);
  groups: EmployerGroup[] = $derived(this.totalsReady ? employerGroups(this.evaluated, this.workspace.employers) : []);
  comparison: EvaluatedSimulation[] = $derived(
    this.workspace.simulations.filter((saved) => this.compared.includes(saved.id)).map(this.#evaluate),
  );
  /** Follows the catalogue too: a title replaces the bare code once the list has loaded. */
  comparisonRows: ComparisonRow[] = $derived(comparisonRows(this.comparison, (item) => this.certificationText(item)));

  #folded = new WeakMap<SavedSimulation, string>();
  /** The list narrowed by the filter (names, no evaluation needed), then the page of it on screen. */
  matching: SavedSimulation[] = $derived.by(() => {
    const wanted = foldName(this.filter);
    if (!wanted) return this.workspace.simulations;
    return this.workspace.simulations.filter((saved) => {
      let folded = this.#folded.get(saved);
      if (folded === undefined) this.#folded.set(saved, (folded = foldName(`${saved.name} ${saved.employer}`)));
      return folded.includes(wanted);
    });
  });
  pageCount: number = $derived(pageCount(this.matching.length, PAGE_SIZE));
  /** The page asked for, within the pages there are now (a deletion elsewhere may remove the last). */
  shownPage: number = $derived(Math.min(this.page, this.pageCount - 1));
  visible: EvaluatedSimulation[] = $derived(pageOf(this.matching, this.shownPage, PAGE_SIZE).map(this.#evaluate));
  employerPageCount: number = $derived(pageCount(this.groups.length, PAGE_SIZE));
  shownEmployerPage: number = $derived(Math.min(this.employerPage, this.employerPageCount - 1));
  visibleGroups: EmployerGroup[] = $derived(pageOf(this.groups, this.shownEmployerPage, PAGE_SIZE));

  /**
   * Evaluates the whole list after the first paint, in tasks of about 8 ms (a click or a key
   * waits at most that long for the one running), then shows the totals.
   */
  prepareTotals(): void {
    const step = (from: number) => {
      const simulations = this.workspace.simulations;
      const until = performance.now() + 8;
      let next = from;
      while (next < simulations.length && performance.now() < until) this.#evaluate(simulations[next++]!);
      if (next < simulations.length) setTimeout(() => step(next), 0);
      else this.totalsReady = true;
    };
    afterNextPaint(() => step(0));
  }

  /** Settles once the list can be shown with its certifications' eligibility (evaluated once, not twice). */
  readonly ready: Promise<void>;

  constructor(
    readonly today: string,
    readonly catalogue: CatalogueLoader,
  ) {
    this.#show(loadWorkspace(), true);
    this.ready = this.workspace.simulations.length ? this.catalogue.load().then(() => undefined) : Promise.resolve();
    if (this.workspace.simulations.length) void this.ready.then(() => this.prepareTotals());
    else this.totalsReady = true;
    // Another tab saved or deleted: show its list (every write re-reads it anyway, see updateWorkspace).
    if (typeof window !== 'undefined') {
      window.addEventListener('storage', (event) => {
        if (event.key === WORKSPACE_KEY || event.key === null) this.#show(loadWorkspace(), false);
      });
    }
  }

  #show(stored: StoredWorkspace, firstTime: boolean): void {
    const hadSimulations = this.workspace.simulations.length > 0;
    this.workspace = stored.workspace;
    this.unreadableText = stored.unreadableText === this.#approvedUnreadable ? null : stored.unreadableText;
    this.setAsideCount = countSetAsideCopies();
    const problems = firstTime ? [] : this.problems.filter((problem) => problem !== STORAGE_MESSAGES.unavailable);
    // What another tab's write brought (entries set aside) is said too, once.
    for (const message of stored.messages) if (!problems.includes(message)) problems.push(message);
    const problem = stored.problem && problemMessage(stored.problem);
    if (problem && !problems.includes(problem)) problems.push(problem);
    this.problems = problems;
    if (this.compared.length)
      this.compared = this.compared.filter((id) => stored.workspace.simulations.some((item) => item.id === id));
    // Saved simulations name certifications: their eligibility needs the list.
    if (!hadSimulations && this.workspace.simulations.length) void this.catalogue.load();
  }

  /**
   * Shows a change at once on the list as this page has it, then writes it after the next paint,
   * applied to the list as stored at that moment (another tab may have saved meanwhile). Resolves
   * true once written; false when there was nothing to change or storage refused (said in status).
   * `change` may run twice (preview, then write) and must give the same result both times.
   */
  #commit(
    change: (current: Workspace) => Workspace | null,
    done: string | ((next: Workspace) => string),
    { preview = true } = {},
  ): Promise<boolean> {
    if (preview && !this.#overwriteBlocked()) {
      const next = change(this.workspace);
      if (next === null) return Promise.resolve(false);
      this.workspace = next;
    }
    return new Promise((resolve) => afterNextPaint(() => resolve(this.#write(change, done))));
  }

  #overwriteBlocked(): boolean {
    return this.unreadableText !== null;
  }

  #write(change: (current: Workspace) => Workspace | null, done: string | ((next: Workspace) => string)): boolean {
    let unchanged = false;
    const outcome = updateWorkspace(
      (current) => {
        const next = change(current);
        unchanged = next === null;
        return next ?? current;
      },
      { approvedUnreadable: this.#approvedUnreadable },
    );
    if (!outcome.ok) {
      this.status = problemMessage(outcome.problem);
      this.#show(outcome.current, false);
      return false;
    }
    this.#show({ workspace: outcome.workspace, messages: [], problem: null, unreadableText: null }, false);
    if (!unchanged) this.status = typeof done === 'string' ? done : done(outcome.workspace);
    return !unchanged;
  }

  /** The unreadable stored text, to download before anything is written over it. */
  unreadableDownload(): string {
    return this.unreadableText ?? '';
  }

  /** Every set-aside copy of this browser in one JSON file, for the user to keep or send. */
  setAsideDownload(): string {
    return `${JSON.stringify(setAsideCopies(), null, 2)}\n`;
  }

  /** The user has downloaded the unreadable data and accepts that the list be written over it. */
  overwriteUnreadable(): void {
    this.#approvedUnreadable = this.unreadableText;
    this.unreadableText = null;
    this.problems = this.problems.filter((problem) => !problem.includes("n'ont pas pu être mis de côté"));
    this.status = 'Les prochains enregistrements remplaceront les données illisibles.';
  }

  /** The typed text paints first; the list follows it in the next task (10,000 names to match). */
  setFilter(text: string): void {
    this.filterTyped = text;
    afterNextPaint(() => {
      if (this.filterTyped !== text) return;
      this.filter = text;
      this.page = 0;
    });
  }

  save(name: string, employer: string, draft: Draft, now: Date = new Date()): Promise<boolean> {
    const trimmed = name.trim();
    if (!trimmed) {
      this.status = 'Donnez un nom à la simulation pour l’enregistrer.';
      return Promise.resolve(false);
    }
    const saved: SavedSimulation = {
      id: newSimulationId(now.getTime()),
      name: trimmed.slice(0, 200),
      employer: employer.trim().slice(0, 200),
      parameters: draft.parameters,
      birthDate: draft.ageMode === 'birthDate' ? draft.birthDate : '',
      ageMode: draft.ageMode,
      savedAt: now.toISOString(),
    };
    return this.#commit(
      (current) => ({ ...current, simulations: [...current.simulations, saved] }),
      `Simulation « ${saved.name} » enregistrée dans Mes simulations.`,
    );
  }

  rename(id: string, name: string): void {
    const trimmed = name.trim();
    if (!trimmed) {
      this.status = 'Le nom ne peut pas être vide.';
      return;
    }
    void this.#commit(
      (current) =>
        current.simulations.some((item) => item.id === id)
          ? {
              ...current,
              simulations: current.simulations.map((item) => (item.id === id ? { ...item, name: trimmed.slice(0, 200) } : item)),
            }
          : null,
      `Simulation renommée « ${trimmed} ».`,
    );
  }

  duplicate(id: string, now: Date = new Date()): void {
    const copyName = (original: SavedSimulation) => `${original.name} (copie)`.slice(0, 200);
    const copyId = newSimulationId(now.getTime());
    let name = '';
    void this.#commit(
      (current) => {
        const index = current.simulations.findIndex((item) => item.id === id);
        if (index < 0) return null;
        const original = current.simulations[index]!;
        const copy: SavedSimulation = { ...original, id: copyId, name: copyName(original), savedAt: now.toISOString() };
        name = copy.name;
        const simulations = [...current.simulations];
        simulations.splice(index + 1, 0, copy);
        return { ...current, simulations };
      },
      () => `Copie créée : « ${name} ».`,
    );
  }

  remove(id: string): void {
    let name = '';
    this.compared = this.compared.filter((item) => item !== id);
    void this.#commit(
      (current) => {
        const removed = current.simulations.find((item) => item.id === id);
        if (!removed) return null;
        name = removed.name;
        return { ...current, simulations: current.simulations.filter((item) => item.id !== id) };
      },
      () => `Simulation « ${name} » supprimée.`,
    );
  }

  /** Removes the simulations this page shows (another tab's newer ones stay: the user has not seen them). */
  removeAll(): void {
    const seen = new Set(this.workspace.simulations.map((item) => item.id));
    this.compared = [];
    void this.#commit(
      (current) => ({ ...current, simulations: current.simulations.filter((item) => !seen.has(item.id)) }),
      (next) =>
        next.simulations.length
          ? `Les ${seen.size} simulations affichées ont été supprimées ; ${countOf(next.simulations.length, 'enregistrée', 'enregistrées')} entre-temps dans un autre onglet ${agree(next.simulations.length, 'est conservée', 'sont conservées')}.`
          : 'Toutes les simulations ont été supprimées.',
    );
  }

  setFigures(key: string, figures: Partial<EmployerFigures>): void {
    void this.#commit((current) => {
      const before = current.employers[key] ?? NO_FIGURES;
      return { ...current, employers: { ...current.employers, [key]: { ...before, ...figures } } };
    }, 'Montants enregistrés.');
  }

  /**
   * An amount typed for an employer ("12 000", "1 500,50", empty for none). Anything else is
   * refused with a message and changes nothing (it used to count as 0 silently).
   */
  setFigureText(key: string, field: keyof EmployerFigures, text: string): boolean {
    const amount = readNumber(text.replace(/[\s\u00a0\u202f]/g, ''));
    if (amount === null || (amount !== '' && amount > 100_000_000)) {
      this.status = `« ${shortEcho(text.trim())} » n'est pas un montant en euros : saisissez par exemple 12 000 ou 1 500,50. Rien n'a été changé.`;
      return false;
    }
    this.setFigures(key, { [field]: amount === '' ? 0 : amount });
    return true;
  }

  toggleCompared(id: string, on: boolean): void {
    if (on && this.compared.length >= 4) {
      this.status = 'La comparaison porte sur 4 simulations au plus.';
      return;
    }
    this.compared = on ? [...this.compared, id] : this.compared.filter((item) => item !== id);
  }

  async importText(text: string): Promise<void> {
    let outcome: ReturnType<typeof importWorkspace> | null = null;
    this.status = 'Import en cours…';
    // The totals of a large import follow it in slices, as when the list opens.
    this.totalsReady = false;
    // Not previewed: merging a large file twice would double the wait.
    let nothingToWrite = false;
    const committed = await this.#commit(
      (current) => {
        outcome = importWorkspace(current, text);
        nothingToWrite = !(outcome.ok && (outcome.added > 0 || outcome.workspace.employers !== current.employers));
        return nothingToWrite ? null : (outcome as Extract<typeof outcome, { ok: true }>).workspace;
      },
      () => importReport(outcome),
      { preview: false },
    );
    const result = outcome as ReturnType<typeof importWorkspace> | null;
    // A refused write has said why in the status already (storage full…): never report it as imported.
    if (result && !result.ok) this.status = result.reason;
    else if (result && !committed && nothingToWrite) this.status = importReport(result);
    // The imported simulations name certifications: the totals wait for the list, to be worked out once.
    if (result?.ok && committed && result.added) await this.catalogue.load();
    this.prepareTotals();
  }

  exportJson(now: Date = new Date()): string {
    return exportWorkspace(this.workspace, now);
  }

  exportCsv(): string {
    return simulationsToCsv(this.evaluated, this.catalogue.module?.findCertification);
  }

  formOf(id: string): FormFields | null {
    const saved = this.workspace.simulations.find((item) => item.id === id);
    return saved ? formOfSaved(saved) : null;
  }

  /** "4 800 €" or "à compléter", for lists. */
  amountText(item: EvaluatedSimulation): string {
    return amountText(item);
  }

  /**
   * The certification as the simulator's field names it once chosen ("Titre professionnel —
   * Cuisinier (RNCP34095)"); the bare code while the catalogue is not loaded (offline before it was
   * ever fetched), and said to be missing from the list when it is loaded and does not have it.
   * Empty when the simulation names none.
   */
  certificationText(item: EvaluatedSimulation): string {
    const code = item.form.certificationCode.trim();
    if (!code) return '';
    const catalogue = this.catalogue.module;
    if (!catalogue) return code;
    const found = catalogue.catalogueSearch.findByCode(code);
    return found
      ? `${found.kind} — ${found.name} (${catalogue.certificationCode(found)})`
      : `${code} (absent de la liste des formations éligibles)`;
  }
}

function importReport(outcome: ReturnType<typeof importWorkspace> | null): string {
  if (!outcome?.ok) return outcome?.reason ?? '';
  const duplicates = outcome.duplicates
    ? ` ; ${countOf(outcome.duplicates, 'déjà présente, ignorée', 'déjà présentes, ignorées')}`
    : '';
  const conflicts = outcome.conflicts
    ? ` ; ${outcome.conflicts} ${agree(outcome.conflicts, 'portait', 'portaient')} l'identifiant d'une simulation existante avec un autre contenu : ${agree(outcome.conflicts, 'gardée', 'gardées')} toutes les deux, sous un nouvel identifiant`
    : '';
  return `${countOf(outcome.added, 'simulation importée', 'simulations importées')}${duplicates}${conflicts}.`;
}
