function afterIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 10_000 });
  else setTimeout(task, 2000);
}

/**
 * Offline use: registers the service worker (never in embed mode: the host page did not ask for
 * a worker on its visitors' browsers), and offers a reload when a new version is ready rather
 * than swapping the code under the user's feet. The registration itself (worker.ts) is loaded
 * when it runs, after the first visit has loaded: the first load carries only this state.
 */
export class OfflineSupport {
  /** A new version is installed and waits for the user's go-ahead. */
  updateReady = $state(false);
  /** Another tab accepted a new version: the worker now serves it, this tab still runs the old one. */
  replacedElsewhere = $state(false);
  /** The new version waiting to take over. */
  waiting: ServiceWorker | null = null;
  /** This tab asked the new version to take over: its arrival reloads the page. */
  accepted = false;

  /** Registers once the page has loaded and the browser is idle: caching the app for offline
   * use must not compete with the first visit itself. In embed mode (`skip`), decides at that same
   * moment to register nothing. */
  registerWhenIdle({ skip = false } = {}): void {
    const register = () =>
      afterIdle(
        () => void import('./worker.ts').then((worker) => (skip ? worker.report('skipped') : worker.registerWorker(this))),
      );
    if (document.readyState === 'complete') register();
    else addEventListener('load', register, { once: true });
  }

  /**
   * Reloads into the new version: asks the waiting worker to take over and reloads when it has;
   * reloads at once when it already has (another tab accepted it first: the controllerchange this
   * page would wait for has come and gone).
   */
  reload(): void {
    const waiting = this.waiting;
    if (this.replacedElsewhere || !waiting || waiting.state !== 'installed') return location.reload();
    this.accepted = true;
    // The message Workbox's generated worker waits for (skipWaiting: false).
    waiting.postMessage({ type: 'SKIP_WAITING' });
  }
}
