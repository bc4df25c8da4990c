import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { ResidentForm } from '@client/features/residents';
import { paths } from '@client/ui/paths';
import { useUnsavedChanges } from '../unsaved-changes';

/** New resident (`/rumah/:id/warga/baru`) or edit (`/warga/:id`). */
export function ResidentFormRoute() {
  const params = useParams();
  const navigate = useNavigate();
  const [dirty, setDirty] = useState(false);
  useUnsavedChanges(dirty);
  const target = params.residentId
    ? { residentId: params.residentId }
    : { householdId: params.householdId ?? '' };
  return (
    <ResidentForm
      key={params.residentId ?? params.householdId}
      target={target}
      onDirtyChange={setDirty}
      onDone={(householdId) => navigate(paths.household(householdId), { replace: true })}
    />
  );
}
