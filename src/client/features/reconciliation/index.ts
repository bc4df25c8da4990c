import { lazy } from 'react';

/**
 * The reconciliation list from the server: residents of a kelurahan (or an RW, an RT) whose
 * doses are stated only or whose certificate QR disagrees, for the puskesmas (CSV, XLSX).
 */
export const ReconciliationScreen = lazy(() =>
  import('./components/ReconciliationScreen').then((m) => ({ default: m.ReconciliationScreen })),
);
