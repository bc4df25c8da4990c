import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { db } from '@client/db/db';
import { persistLastAnswer } from './query-persist';
import { AppRoutes } from './router';

/**
 * Providers and the router. React Query is for data that lives on the server only (sign-in,
 * dashboards, reports, in later issues); field data is read from Dexie with useLiveQuery.
 */
// Open the database while React renders the first screen, not after: its first query would
// otherwise wait for the open to start.
void db.open().catch(() => undefined);

export function App() {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: { networkMode: 'offlineFirst', retry: 1, persister: persistLastAnswer },
        },
      }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <AppRoutes />
    </QueryClientProvider>
  );
}
