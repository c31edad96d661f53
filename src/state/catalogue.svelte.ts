import { LazyModule } from './lazy-module.svelte.ts';

/**
 * The certification catalogue (data, search, fuse.js) is a separate chunk, loaded when first
 * needed: the formations page, the certification field, or a simulation that names a
 * certification. The simulator's first load stays under its 50 KB budget without it.
 */
export type CatalogueModule = typeof import('../catalog/index.ts');

export class CatalogueLoader extends LazyModule<CatalogueModule> {
  constructor() {
    super(() => import('../catalog/index.ts'));
  }
}
