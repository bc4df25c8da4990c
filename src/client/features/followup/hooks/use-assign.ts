import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@client/db/db';
import { readSignedIn } from '@client/sync/auth';
import { uuidv7 } from '@shared/ids';
import type { NewFollowup } from '@shared/followups/api';
import { followupKeys, followupsApi } from '../data/api';

/** The RW the screen opens on: the signed-in user's, else the working area chosen on this device. */
export function useStartingArea(): { kelurahanCode: string; rw: number | null } | null | undefined {
  return useLiveQuery(async () => {
    const auth = await readSignedIn(db);
    if (auth?.user.area.kelurahanCode) {
      return { kelurahanCode: auth.user.area.kelurahanCode, rw: auth.user.area.rw };
    }
    const area = (await db.meta.get('area'))?.value as
      { kelurahanCode?: unknown; rw?: unknown } | undefined;
    return typeof area?.kelurahanCode === 'string'
      ? { kelurahanCode: area.kelurahanCode, rw: typeof area.rw === 'number' ? area.rw : null }
      : null;
  }, []);
}

/** The RW's candidates, gaps and follow-ups; the last answer is kept for offline viewing. */
export function useCandidates(kelurahanCode: string, rw: number | null) {
  return useQuery({
    queryKey: followupKeys.candidates(kelurahanCode, rw ?? 0),
    queryFn: () => followupsApi.candidates(kelurahanCode, rw!),
    enabled: rw !== null,
    meta: { persist: true },
  });
}

export type Assignment = Omit<NewFollowup, 'id'>;

/**
 * Hands out follow-ups. The ids are made here, once per click, and sent again as they are if
 * the call is retried, so a lost answer never doubles a follow-up.
 */
export function useAssign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (items: NewFollowup[]) => followupsApi.create(items),
    onSuccess: () => client.invalidateQueries({ queryKey: followupKeys.all }),
  });
}

export function withIds(items: readonly Assignment[]): NewFollowup[] {
  return items.map((item) => ({ ...item, id: uuidv7() }));
}

export function useCancel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => followupsApi.cancel(id),
    onSuccess: () => client.invalidateQueries({ queryKey: followupKeys.all }),
  });
}
