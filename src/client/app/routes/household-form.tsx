import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { HouseholdForm } from '@client/features/households';
import { paths } from '@client/ui/paths';
import { useArea } from '../layout/root-layout';
import { useUnsavedChanges } from '../unsaved-changes';

/** New household (`/rumah/baru`) or edit (`/rumah/:id/ubah`). */
export function HouseholdFormRoute() {
  const { id } = useParams();
  const area = useArea();
  const navigate = useNavigate();
  const [dirty, setDirty] = useState(false);
  useUnsavedChanges(dirty);
  return (
    <HouseholdForm
      area={area}
      id={id}
      onDirtyChange={setDirty}
      onSaved={(savedId) => navigate(paths.household(savedId), { replace: true })}
    />
  );
}
