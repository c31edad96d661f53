import { LazyModule } from '../state/lazy-module.svelte.ts';

/**
 * Parts of the simulator page loaded when first asked for, so that the first load stays within
 * its 50 KB budget and its main thread short: the certification search (on focus of its field),
 * the form that saves a simulation (on request), the list of hypotheses (when opened) and the
 * printed summary (with the print button, or when a certification search or form is loaded).
 */
export type ExtrasModule = typeof import('./extras.ts');

export class ExtrasLoader extends LazyModule<ExtrasModule> {
  constructor() {
    super(() => import('./extras.ts'));
  }
}
