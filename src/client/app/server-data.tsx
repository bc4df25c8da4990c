import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { persistLastAnswer } from './query-persist';

/**
 * React Query for the screens that read server-only data (dashboards, maps, the weekly report,
 * handing out follow-ups), with the last answer of each kept for offline (query-persist.ts).
 * Loaded lazily with those screens (router.tsx), so React Query stays out of the first
 * bundle (budget: docs/benchmarks.md). One client for all of them: moving between them shares
 * the cache. The lurah's volunteer screens bring their own (features/volunteers).
 */
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { networkMode: 'offlineFirst', retry: 1, persister: persistLastAnswer },
  },
});

export default function ServerData({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
