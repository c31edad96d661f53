/**
 * Builds a zod schema on first use rather than when the module loads: building every schema of
 * the app up front costs tens of milliseconds of main thread on a phone before anything shows.
 */
export function lazySchema<T>(build: () => T): () => T {
  let schema: T | undefined;
  return () => (schema ??= build());
}
