import { importChunk } from '../offline/version.ts';
import type { FormFields } from './form.ts';
import type { SimulationState } from './simulation.svelte.ts';
import type { WorkspaceState } from './workspace-state.svelte.ts';

export type View = 'simulateur' | 'formations' | 'mes-simulations' | 'portefeuille';

const VIEWS: readonly View[] = ['formations', 'mes-simulations', 'portefeuille'];

/** The view a hash names: '#formations', '#mes-simulations', '#portefeuille'; anything else is the simulator. */
export function viewOfHash(hash: string): View {
  return VIEWS.find((view) => hash === `#${view}`) ?? 'simulateur';
}

/** The page's address for a simulation's parameters, keeping the path and the view's hash. */
export function addressFor(pathname: string, parameters: string, hash: string): string {
  return `${pathname}${parameters ? `?${parameters}` : ''}${hash}`;
}

/**
 * The app around the simulation: the view shown (from the address's hash), the address and this
 * browser's draft kept in step with the form, and "Mes simulations" opened on first use.
 */
export class AppState {
  view = $state<View>('simulateur');
  workspace = $state.raw<WorkspaceState | null>(null);

  constructor(
    readonly sim: SimulationState,
    hash: string,
  ) {
    this.view = viewOfHash(hash);
  }

  /**
   * Keeps the address and the draft in step with the form (nothing typed is lost); to be called
   * while a component initialises, since it creates an effect. The first run only writes the
   * address: the draft then holds nothing new.
   */
  keepAddressAndDraft(): void {
    let initialRun = true;
    $effect(() => {
      const draft = this.sim.draft;
      history.replaceState(history.state, '', addressFor(location.pathname, draft.parameters, location.hash));
      if (initialRun) initialRun = false;
      else this.sim.persist(draft);
    });
  }

  followHash(): void {
    this.view = viewOfHash(location.hash);
  }

  showSimulator(): void {
    location.hash = '';
    this.view = 'simulateur';
  }

  /** "Mes simulations", loaded (a separate chunk) and read from this browser on first use. */
  openWorkspace = async (): Promise<WorkspaceState> => {
    if (!this.workspace) {
      const { WorkspaceState } = await importChunk(() => import('./workspace-state.svelte.ts'));
      this.workspace ??= new WorkspaceState(this.sim.today, this.sim.catalogue);
    }
    await this.workspace.ready;
    return this.workspace;
  };

  openSaved(form: FormFields): void {
    this.sim.load(form);
    this.showSimulator();
  }

  simulateWith(code: string): void {
    this.sim.form.certificationCode = code;
    void this.sim.catalogue.load();
    this.sim.form.contractPurpose ||= 'listed-certification';
    this.showSimulator();
  }
}
