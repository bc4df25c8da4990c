import { db } from '@client/db/db';
import { AppRoutes } from './router';

/**
 * The router. Field data is read from Dexie with useLiveQuery; server-only data through React
 * Query, whose provider comes with the screens that use it (server-data.tsx, and
 * features/volunteers), out of the first bundle.
 */
// Open the database while React renders the first screen, not after: its first query would
// otherwise wait for the open to start.
void db.open().catch(() => undefined);

export function App() {
  return <AppRoutes />;
}
