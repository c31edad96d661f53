/**
 * Whether this tab still runs the version of the app that its service worker serves. Once another
 * tab has accepted a new version, the worker serves the new files and this tab's own lazily loaded
 * parts may be gone from the server and the cache: loading one then reloads the page into the new
 * version instead of failing ("Vérifiez la connexion"). Nothing typed is lost by that reload: the
 * draft is kept on every change, and saves waiting for a paint are written when the page goes.
 */
let replaced = false;

export function markReplaced(): void {
  replaced = true;
}

export function importChunk<T>(importer: () => Promise<T>): Promise<T> {
  if (!replaced) return importer();
  location.reload();
  return new Promise<T>(() => {});
}
