import { formatEuros } from '../rules/index.ts';
import type { CatalogueLoader } from './catalogue.svelte.ts';
import { simulationsToCsv } from './csv.ts';
import { evaluateSaved, formOfSaved, type EvaluatedSimulation } from './evaluate.ts';
import type { FormFields } from './form.ts';
import { employerGroups, NO_FIGURES, type EmployerGroup } from './totals.ts';
import { loadWorkspace, saveWorkspace, setAsideCount, type StorageProblem } from './workspace-storage.ts';
import {
  exportWorkspace,
  importWorkspace,
  newSimulationId,
  type EmployerFigures,
  type SavedSimulation,
  type Workspace,
} from './workspace.ts';
import type { Draft } from './storage.ts';

const STORAGE_MESSAGES: Record<StorageProblem, string> = {
  unavailable:
    "Ce navigateur ne permet pas d'enregistrer des simulations (navigation privée ?). La simulation en cours reste dans son lien : copiez-le pour la garder.",
  full: "L'espace de stockage de ce navigateur est plein : la simulation n'a pas été enregistrée. Exportez puis supprimez d'anciennes simulations. La simulation en cours reste dans son lien.",
};

/** "Mes simulations": the saved list, its evaluations and employer totals; logic in pure modules. */
export class WorkspaceState {
  workspace = $state<Workspace>({ version: 2, simulations: [], employers: {} });
  /** What the last action did, announced politely. */
  status = $state('');
  /** Storage refused or full, or entries set aside: stays visible until resolved. */
  problems = $state<string[]>([]);
  /** Ids ticked for side-by-side comparison (2 to 4). */
  compared = $state<string[]>([]);

  evaluated: EvaluatedSimulation[] = $derived(
    this.workspace.simulations.map((saved) => evaluateSaved(saved, this.today, this.catalogue.module?.findCertification)),
  );
  groups: EmployerGroup[] = $derived(employerGroups(this.evaluated, this.workspace.employers));
  comparison: EvaluatedSimulation[] = $derived(this.evaluated.filter((item) => this.compared.includes(item.saved.id)));

  constructor(
    readonly today: string,
    readonly catalogue: CatalogueLoader,
  ) {
    const reading = loadWorkspace();
    this.workspace = reading.workspace;
    const problems = [...reading.messages];
    if (reading.problem) problems.push(STORAGE_MESSAGES[reading.problem]);
    else if (reading.setAside.length === 0 && setAsideCount() > 0) {
      problems.push(`${setAsideCount()} élément(s) illisible(s) sont conservés à part dans ce navigateur.`);
    }
    this.problems = problems;
    // Saved simulations name certifications: their eligibility needs the list.
    if (this.workspace.simulations.length) void catalogue.load();
  }

  #commit(next: Workspace, done: string): boolean {
    const problem = saveWorkspace(next);
    if (problem) {
      this.status = STORAGE_MESSAGES[problem];
      return false;
    }
    this.workspace = next;
    this.status = done;
    return true;
  }

  save(name: string, employer: string, draft: Draft, now: Date = new Date()): boolean {
    const trimmed = name.trim();
    if (!trimmed) {
      this.status = 'Donnez un nom à la simulation pour l’enregistrer.';
      return false;
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
      { ...this.workspace, simulations: [...this.workspace.simulations, saved] },
      `Simulation « ${saved.name} » enregistrée dans Mes simulations.`,
    );
  }

  rename(id: string, name: string): void {
    const trimmed = name.trim();
    if (!trimmed) {
      this.status = 'Le nom ne peut pas être vide.';
      return;
    }
    this.#commit(
      { ...this.workspace, simulations: this.workspace.simulations.map((item) => (item.id === id ? { ...item, name: trimmed.slice(0, 200) } : item)) },
      `Simulation renommée « ${trimmed} ».`,
    );
  }

  duplicate(id: string, now: Date = new Date()): void {
    const original = this.workspace.simulations.find((item) => item.id === id);
    if (!original) return;
    const copy: SavedSimulation = { ...original, id: newSimulationId(now.getTime()), name: `${original.name} (copie)`.slice(0, 200), savedAt: now.toISOString() };
    const index = this.workspace.simulations.indexOf(original);
    const simulations = [...this.workspace.simulations];
    simulations.splice(index + 1, 0, copy);
    this.#commit({ ...this.workspace, simulations }, `Copie créée : « ${copy.name} ».`);
  }

  remove(id: string): void {
    const removed = this.workspace.simulations.find((item) => item.id === id);
    if (!removed) return;
    this.compared = this.compared.filter((item) => item !== id);
    this.#commit(
      { ...this.workspace, simulations: this.workspace.simulations.filter((item) => item.id !== id) },
      `Simulation « ${removed.name} » supprimée.`,
    );
  }

  removeAll(): void {
    this.compared = [];
    this.#commit({ ...this.workspace, simulations: [] }, 'Toutes les simulations ont été supprimées.');
  }

  setFigures(key: string, figures: Partial<EmployerFigures>): void {
    const current = this.workspace.employers[key] ?? NO_FIGURES;
    this.#commit({ ...this.workspace, employers: { ...this.workspace.employers, [key]: { ...current, ...figures } } }, 'Montants enregistrés.');
  }

  toggleCompared(id: string, on: boolean): void {
    if (on && this.compared.length >= 4) {
      this.status = 'La comparaison porte sur 4 simulations au plus.';
      return;
    }
    this.compared = on ? [...this.compared, id] : this.compared.filter((item) => item !== id);
  }

  importText(text: string): void {
    const outcome = importWorkspace(this.workspace, text);
    if (!outcome.ok) {
      this.status = outcome.reason;
      return;
    }
    const duplicates = outcome.duplicates ? ` ; ${outcome.duplicates} déjà présente(s), ignorée(s)` : '';
    if (this.#commit(outcome.workspace, `${outcome.added} simulation(s) importée(s)${duplicates}.`)) {
      if (outcome.added) void this.catalogue.load();
    }
  }

  exportJson(now: Date = new Date()): string {
    return exportWorkspace(this.workspace, now);
  }

  exportCsv(): string {
    return simulationsToCsv(this.evaluated);
  }

  formOf(id: string): FormFields | null {
    const saved = this.workspace.simulations.find((item) => item.id === id);
    return saved ? formOfSaved(saved, this.today) : null;
  }

  /** "4 800 €" or "à compléter", for lists. */
  amountText(item: EvaluatedSimulation): string {
    return item.result?.ok ? formatEuros(item.result.amount) : 'à compléter';
  }
}
