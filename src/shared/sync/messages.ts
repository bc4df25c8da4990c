/** Names the page and the service worker agree on. */

/** Background Sync tag the page registers when a push failed for lack of network. */
export const BACKGROUND_SYNC_TAG = 'pintu-push';

/** Service worker → page: "please sync now" (the page holds the Dexie connection). */
export const SYNC_REQUESTED = 'SYNC_REQUESTED';

/**
 * `meta` key under which the service worker leaves the push answers' current records
 * (`CurrentRecords`) for the page to land: the worker cannot write records as the page does.
 */
export const ANSWERED_RECORDS_KEY = 'answeredRecords';
