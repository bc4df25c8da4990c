import type { QueryPersister } from '@tanstack/react-query';

/**
 * React Query persister for server-only answers that must stay readable offline (dashboards,
 * the weekly report). A query opts in with `meta: { persist: true }`; others run as usual.
 *
 * With nothing in memory (a reload, a new visit), the saved answer is put into the cache at
 * once, so the screen shows it (with its `asOf` time) while the server is asked; a fresh answer
 * replaces it and is saved. Offline, the fetch fails or pauses and the saved answer stays.
 * The store is loaded lazily, so the first route carries only this file.
 */
export const persistLastAnswer: QueryPersister<unknown> = async (queryFn, context, query) => {
  if (!query.meta?.persist) return queryFn(context);
  const store = await import('./query-store');
  const key = query.queryHash;
  if (query.state.data === undefined) {
    const saved = await store.readAnswer(key);
    if (saved && query.state.data === undefined) {
      query.setState({ data: saved.data, dataUpdatedAt: saved.savedAt, status: 'success' });
    }
  }
  const data = await queryFn(context);
  await store.writeAnswer(key, data);
  return data;
};
