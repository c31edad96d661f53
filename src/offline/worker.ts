import type { OfflineSupport } from './register.svelte.ts';
import { markReplaced } from './version.ts';

/**
 * Said on the page's root element (data-service-worker): what became of offline support, for
 * whoever needs to know when it was decided (the browser tests, a support session).
 */
export function report(outcome: 'registered' | 'skipped' | 'unsupported' | 'failed'): void {
  document.documentElement.dataset.serviceWorker = outcome;
}

/** Registers the service worker and follows its updates into `support`'s state. */
export function registerWorker(support: OfflineSupport): void {
  if (!('serviceWorker' in navigator)) return report('unsupported');
  // A page that loaded under a worker runs that worker's version; a later controller is another
  // version (on a first visit the first worker claims the page: same version, nothing to do).
  const ranUnderWorker = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (support.accepted) return location.reload();
    if (!ranUnderWorker) return;
    markReplaced();
    support.replacedElsewhere = true;
    support.updateReady = false;
  });
  navigator.serviceWorker.register('./sw.js').then(
    (registration) => {
      report('registered');
      const offer = (worker: ServiceWorker | null) => {
        // A waiting worker while a page is already controlled is an update, not a first install.
        if (worker && navigator.serviceWorker.controller) {
          support.waiting = worker;
          support.updateReady = true;
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
      report('failed');
    },
  );
}
