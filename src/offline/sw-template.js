/* Service worker of the simulator (generated at build from src/offline/sw-template.js).
   Precaches the built app; serves it from the cache first, so that it works offline. A new
   version waits until the page sends 'skip-waiting' (the user accepted to reload). */
const CACHE_NAME = '__CACHE_NAME__';
const PRECACHE = __PRECACHE__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE_NAME).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('aide-contrat-pro-') && name !== CACHE_NAME).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Every page address (with its simulation parameters) is the same single-page app. Vary is
  // ignored: cached files have content-hashed names, and the server may vary on Origin.
  const key = request.mode === 'navigate' ? './index.html' : request;
  event.respondWith(
    caches.open(CACHE_NAME).then((cache) => cache.match(key, { ignoreSearch: request.mode === 'navigate', ignoreVary: true }).then((cached) => cached ?? fetch(request))),
  );
});
