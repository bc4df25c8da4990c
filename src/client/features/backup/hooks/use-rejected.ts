import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@client/db/db';
import type { RejectedEntry } from '@client/db/schema';

/** Changes the server refused, newest first. They stay until the volunteer deals with them. */
export function useRejected(): RejectedEntry[] | undefined {
  return useLiveQuery(() => db.rejected.orderBy('rejectedAt').reverse().toArray(), []);
}
