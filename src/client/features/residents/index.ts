import { lazy } from 'react';

/** Residents: add/edit a resident with NIK checks, doses, reason when unvaccinated, isoman. */
export const ResidentForm = lazy(() =>
  import('./components/ResidentForm').then((m) => ({ default: m.ResidentForm })),
);
