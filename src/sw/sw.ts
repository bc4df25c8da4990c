/// <reference lib="webworker" />
// The service worker's entry: it only wires events. What is precached is in to-cache.ts, how
// requests are answered in strategies.ts, Background Sync in background-sync.ts.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { onBackgroundSync, type SyncEvent } from './background-sync';
import { registerAppShellNavigation, registerRuntimeCaching } from './strategies';
import { appShell } from './to-cache';

declare const self: ServiceWorkerGlobalScope;

// 1. The app shell: every file of the build, fetched at install so the app opens offline.
//    vite-plugin-pwa replaces `self.__WB_MANIFEST` with the list of files and their hashes.
precacheAndRoute(appShell(self.__WB_MANIFEST));
// Caches of older workbox versions, not the previous build: that is replaced at activation.
cleanupOutdatedCaches();

// The first worker takes the open page at once, so a volunteer who opened the app once can
// go offline without reloading. Later workers wait instead (step 4): clients.claim() only
// picks up pages that no worker controls.
clientsClaim();

// 2. Any page of the app (e.g. /rumah/123 after a reload offline) gets the precached shell.
registerAppShellNavigation();

// 3. Map tiles and boundary data, cached as they are used.
registerRuntimeCaching();

// 4. Updates: a new worker waits until the page asks it to take over, because the page
//    knows whether a form holds unsaved edits (src/client/pwa/update-store.ts).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// 5. Background Sync: the browser wakes the worker when the network is back.
self.addEventListener('sync', (event) => onBackgroundSync(self, event as SyncEvent));
