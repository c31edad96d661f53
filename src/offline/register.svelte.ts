import { markReplaced } from './version.ts';

function afterIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 10_000 });
  else setTimeout(task, 2000);
}

/**
 * Offline use: registers the service worker (never in embed mode: the host page did not ask for
 * a worker on its visitors' browsers), and offers a reload when a new version is ready rather
 * than swapping the code under the user's feet.
 */
export class OfflineSupport {
  /** A new version is installed and waits for the user's go-ahead. */
  updateReady = $state(false);
  /** Another tab accepted a new version: the worker now serves it, this tab still runs the old one. */
  replacedElsewhere = $state(false);
  #waiting: ServiceWorker | null = null;
  /** This tab asked the new version to take over: its arrival reloads the page. */
  #accepted = false;

  /** Registers once the page has loaded and the browser is idle: caching the app for offline
   * use must not compete with the first visit itself. In embed mode (`skip`), decides at that same
   * moment to register nothing. */
  registerWhenIdle({ skip = false } = {}): void {
    const register = () => afterIdle(() => (skip ? this.#report('skipped') : this.register()));
    if (document.readyState === 'complete') register();
    else addEventListener('load', register, { once: true });
  }

  /**
   * Said on the page's root element (data-service-worker): what became of offline support, for
   * whoever needs to know when it was decided (the browser tests, a support session).
   */
  #report(outcome: 'registered' | 'skipped' | 'unsupported' | 'failed'): void {
    document.documentElement.dataset.serviceWorker = outcome;
  }

  register(): void {
    if (!('serviceWorker' in navigator)) return this.#report('unsupported');
    // A page that loaded under a worker runs that worker's version; a later controller is another
    // version (on a first visit the first worker claims the page: same version, nothing to do).
    const ranUnderWorker = navigator.serviceWorker.controller !== null;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (this.#accepted) return location.reload();
      if (!ranUnderWorker) return;
      markReplaced();
      this.replacedElsewhere = true;
      this.updateReady = false;
    });
    navigator.serviceWorker.register('./sw.js').then(
      (registration) => {
        this.#report('registered');
        const offer = (worker: ServiceWorker | null) => {
          // A waiting worker while a page is already controlled is an update, not a first install.
          if (worker && navigator.serviceWorker.controller) {
            this.#waiting = worker;
            this.updateReady = true;
          }
        };
        offer(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed') offer(installing);
          });
        });
      },
      () => {
        // No offline support in this browser (private mode, for instance): the app works online.
        this.#report('failed');
      },
    );
  }

  /**
   * Reloads into the new version: asks the waiting worker to take over and reloads when it has;
   * reloads at once when it already has (another tab accepted it first: the controllerchange this
   * page would wait for has come and gone).
   */
  reload(): void {
    const waiting = this.#waiting;
    if (this.replacedElsewhere || !waiting || waiting.state !== 'installed') return location.reload();
    this.#accepted = true;
    // The message Workbox's generated worker waits for (skipWaiting: false).
    waiting.postMessage({ type: 'SKIP_WAITING' });
  }
}
