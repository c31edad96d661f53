/**
 * The certification catalogue (data, search, fuse.js) is a separate chunk, loaded when first
 * needed: the formations page, the certification field, or a simulation that names a
 * certification. The simulator's first load stays under its 50 KB budget without it.
 */
export type CatalogueModule = typeof import('../catalog/index.ts');

export class CatalogueLoader {
  module = $state<CatalogueModule | null>(null);
  failed = $state(false);
  #loading: Promise<CatalogueModule | null> | null = null;

  load(): Promise<CatalogueModule | null> {
    this.#loading ??= import('../catalog/index.ts').then(
      (module) => (this.module = module),
      () => {
        // Offline before the chunk was ever fetched, for instance: say so, allow a retry.
        this.failed = true;
        this.#loading = null;
        return null;
      },
    );
    return this.#loading;
  }
}
