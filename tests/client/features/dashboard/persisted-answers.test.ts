import 'fake-indexeddb/auto';
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { persistLastAnswer } from '@client/app/query-persist';
import { clearAnswers, readAnswer } from '@client/app/query-store';

/** A React Query client as the app makes it (App.tsx), without retries. */
const newClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', retry: false, persister: persistLastAnswer },
    },
  });

const KEY = ['coverage', 'city'];
const answer = { asOf: '2026-11-27T09:30:00.000Z', target: 0.7, total: 42 };
const offline = () => Promise.reject(new TypeError('Failed to fetch'));

afterEach(() => clearAnswers());

describe('last answer of a dashboard query, kept for offline', () => {
  it('saves a persisted query and shows it to a later visit whose fetch fails', async () => {
    const first = newClient();
    await first.fetchQuery({ queryKey: KEY, queryFn: () => answer, meta: { persist: true } });

    // A reload: a new client, nothing in memory, and no network.
    const later = newClient();
    const observer = new QueryObserver(later, {
      queryKey: KEY,
      queryFn: offline,
      meta: { persist: true },
    });
    const seen: unknown[] = [];
    const unsubscribe = observer.subscribe((result) => seen.push(result.data));
    await expect.poll(() => observer.getCurrentResult().status).toBe('error');
    unsubscribe();

    expect(observer.getCurrentResult().data).toEqual(answer);
    expect(seen).toContainEqual(answer);
    expect(observer.getCurrentResult().dataUpdatedAt).toBeGreaterThan(0);
  });

  it('replaces the saved answer with a fresh one', async () => {
    await newClient().fetchQuery({ queryKey: KEY, queryFn: () => answer, meta: { persist: true } });
    const fresh = { ...answer, asOf: '2026-11-28T09:30:00.000Z' };
    const later = newClient();
    await expect(
      later.fetchQuery({ queryKey: KEY, queryFn: () => fresh, meta: { persist: true } }),
    ).resolves.toEqual(fresh);
    const saved = await readAnswer(later.getQueryCache().find({ queryKey: KEY })!.queryHash);
    expect(saved?.data).toEqual(fresh);
  });

  it('keeps nothing of a query that does not ask for it', async () => {
    await newClient().fetchQuery({ queryKey: ['other'], queryFn: () => answer });
    const later = newClient();
    await expect(later.fetchQuery({ queryKey: ['other'], queryFn: offline })).rejects.toThrow();
    expect(later.getQueryData(['other'])).toBeUndefined();
  });

  it('with nothing saved, a failed fetch is an error with no data', async () => {
    const client = newClient();
    await expect(
      client.fetchQuery({ queryKey: KEY, queryFn: offline, meta: { persist: true } }),
    ).rejects.toThrow('Failed to fetch');
    expect(client.getQueryData(KEY)).toBeUndefined();
  });
});
