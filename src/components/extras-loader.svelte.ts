/**
 * Parts of the simulator page that nobody needs in the first second: the list of hypotheses
 * (collapsed), the printed summary with the print styles, and the form that saves a simulation. Loaded when the browser is idle after start-up, or as soon
 * as the hypotheses are opened, so that the first load stays within its 50 KB budget.
 */
export type ExtrasModule = typeof import('./extras.ts');

export class ExtrasLoader {
  module = $state<ExtrasModule | null>(null);
  #loading: Promise<void> | null = null;

  load(): Promise<void> {
    this.#loading ??= import('./extras.ts').then(
      (module) => {
        this.module = module;
      },
      () => {
        // Offline before the chunk was cached: try again next time.
        this.#loading = null;
      },
    );
    return this.#loading;
  }

  loadWhenIdle(): void {
    const load = () => void this.load();
    if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 3000 });
    else setTimeout(load, 1500);
  }
}
