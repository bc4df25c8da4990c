import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@client/db/db';

export type OutboxCounts = { pending: number; rejected: number };

/** Changes waiting to be sent, and changes the server refused ("Ditolak"). */
export function useOutboxCounts(): OutboxCounts | undefined {
  return useLiveQuery(async () => {
    const [pending, rejected] = await Promise.all([db.countPending(), db.rejected.count()]);
    return { pending, rejected };
  }, []);
}
