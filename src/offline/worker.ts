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
  // A page runs the version of the worker that controls it. An uncontrolled page (first visit) is
  // claimed once by the worker of its own version; any later change of controller is another
  // version, accepted in another tab.
  let controllers = navigator.serviceWorker.controller ? 1 : 0;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    controllers += 1;
    if (support.accepted) return location.reload();
    if (controllers < 2) return;
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
