import { lazy } from 'react';

/** The weekly report for the Sekda: week picker, preview, CSV/XLSX downloads, print layout. */
export const WeeklyReportScreen = lazy(() =>
  import('./components/WeeklyReportScreen').then((m) => ({ default: m.WeeklyReportScreen })),
);
