import { lazy } from 'react';

/** The kelurahan's change log from the server's audit trail, by RW and by person. */
export const ChangeLogScreen = lazy(() =>
  import('./components/ChangeLogScreen').then((m) => ({ default: m.ChangeLogScreen })),
);
