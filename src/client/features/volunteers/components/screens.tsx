import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { HistoryScreen as History } from './HistoryScreen';
import { InviteScreen as Invite } from './InviteScreen';
import { StaffHome as Home } from './StaffHome';
import { VolunteersScreen as Volunteers } from './VolunteersScreen';

/**
 * React Query, for the server-only data of these screens, lives in their chunk: the app's
 * first screens (PIN, household list) never use it, and leaving it out of the first bundle
 * keeps that within its budget. One client for all of them, so going from the list to the
 * invitation and back shares the cache.
 */
const queryClient = new QueryClient({
  defaultOptions: { queries: { networkMode: 'offlineFirst', retry: 1 } },
});

function withQueries<P extends object>(Screen: ComponentType<P>) {
  return function WithQueries(props: P) {
    return (
      <QueryClientProvider client={queryClient}>
        <Screen {...props} />
      </QueryClientProvider>
    );
  };
}

export const VolunteersScreen = withQueries(Volunteers);
export const InviteScreen = withQueries(Invite);
export const HistoryScreen = withQueries(History);
export const StaffHome = Home;
