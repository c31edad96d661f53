/**
 * Parts of the simulator page loaded when first asked for, so that the first load stays within
 * its 50 KB budget and its main thread short: the certification search (on focus of its field),
 * the form that saves a simulation (on request), the list of hypotheses (when opened) and the
 * printed summary (with the print button, or when a certification search or form is loaded).
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
}
