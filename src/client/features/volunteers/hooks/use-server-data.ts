import { useQuery } from '@tanstack/react-query';
import { volunteerKeys, volunteersApi } from '../data/api';
import { keepingOfflineCopy, readOfflineCopy } from '../data/offline-copy';

/**
 * A server-only list, starting from its offline copy (marked with its time by the screen)
 * and refreshed from the server whenever it is reachable.
 */
function useServerData<T>(key: readonly unknown[], fetch: () => Promise<T>) {
  return useQuery({
    queryKey: key,
    queryFn: keepingOfflineCopy(key, fetch),
    initialData: () => readOfflineCopy<T>(key)?.data,
    initialDataUpdatedAt: () => readOfflineCopy<T>(key)?.at,
  });
}

export function useUsers() {
  return useServerData(volunteerKeys.users(), volunteersApi.users);
}

export function useInvitations() {
  return useServerData(volunteerKeys.invitations(), volunteersApi.invitations);
}

export function useHistory(householdId: string) {
  return useServerData(volunteerKeys.history(householdId), () =>
    volunteersApi.history(householdId),
  );
}
