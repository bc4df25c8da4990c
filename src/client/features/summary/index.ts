import { lazy } from 'react';

/** Area summary: coverage of the RT and RW against the herd-immunity target, per RT. */
export const SummaryScreen = lazy(() =>
  import('./components/SummaryScreen').then((m) => ({ default: m.SummaryScreen })),
);
