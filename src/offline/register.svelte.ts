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
  #waiting: ServiceWorker | null = null;

  /** Registers once the page has loaded and the browser is idle: caching the app for offline
   * use must not compete with the first visit itself. */
  registerWhenIdle(): void {
    if (!('serviceWorker' in navigator)) return;
    const register = () => afterIdle(() => this.register());
    if (document.readyState === 'complete') register();
    else addEventListener('load', register, { once: true });
  }

  register(): void {
    if (!('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register('./sw.js').then(
      (registration) => {
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
      },
    );
  }

  reload(): void {
    if (!this.#waiting) return location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    this.#waiting.postMessage('skip-waiting');
  }
}
