import { importChunk } from '../offline/version.ts';

/**
 * A module fetched on first use (a separate chunk), loaded once; after a failure (offline before
 * the chunk was ever cached, for instance) `failed` says so and the next call tries again.
 */
export class LazyModule<T> {
  module = $state<T | null>(null);
  failed = $state(false);
  #loading: Promise<T | null> | null = null;

  constructor(private readonly importer: () => Promise<T>) {}

  load(): Promise<T | null> {
    this.#loading ??= importChunk(this.importer).then(
      (module) => {
        this.failed = false;
        return (this.module = module);
      },
      () => {
        this.failed = true;
        this.#loading = null;
        return null;
      },
    );
    return this.#loading;
  }
}
