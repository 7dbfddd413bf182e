// The offline copy: after a first visit the calculator opens with no network (on a plane, or from
// an intranet wiki when its server is down). The build (tests/tools/offline.mjs) fills in the
// release's files and a version that changes with any of them.
//
// - Install: cache every file of the release, under a cache named by this page's scope (two
//   copies on one host, under two sub-paths, keep apart) and the version.
// - Activate: delete this scope's caches of older releases, take over open pages.
// - Fetch: files whose names carry a content hash never change, so the cache answers first; the
//   page itself and the unhashed files (worker, loader) come from the network when it answers
//   within 3 s, so a new release shows at once, else from the cache.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const PREFIX = `aks-calc ${self.registration.scope} `;
const CACHE = PREFIX + VERSION;
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z0-9]+$/;

self.addEventListener('install', (event) => {
    event.waitUntil(
        caches.open(CACHE)
            .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' }))))
            .then(() => self.skipWaiting()),
    );
});

self.addEventListener('activate', (event) => {
    event.waitUntil(
        caches.keys()
            .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
            .then(() => self.clients.claim()),
    );
});

const fromCache = (request) =>
    caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }));

function networkFirst(request) {
    const network = fetch(request).then((response) => {
        if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
    });
    network.catch(() => {});
    const timeout = new Promise((resolve) => setTimeout(resolve, 3000));
    return Promise.race([network, timeout])
        .then((response) => response || fromCache(request).then((cached) => cached || network))
        .catch(() => fromCache(request).then((cached) => cached || Response.error()));
}

self.addEventListener('fetch', (event) => {
    const request = event.request;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== self.location.origin || !url.href.startsWith(self.registration.scope)) {
        return;
    }
    if (request.mode === 'navigate') {
        // Any address under the scope is the page (the plan is in the fragment).
        event.respondWith(networkFirst(request).then((r) => (r && r.ok ? r : fromCache(new Request('./')).then((c) => c || r))));
    } else if (HASHED.test(url.pathname)) {
        event.respondWith(fromCache(request).then((cached) => cached || fetch(request)));
    } else {
        event.respondWith(networkFirst(request));
    }
});
