import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { VisitForm } from '@client/features/households';
import { paths } from '@client/ui/paths';
import { useUnsavedChanges } from '../unsaved-changes';

export function VisitRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [dirty, setDirty] = useState(false);
  useUnsavedChanges(dirty);
  return (
    <VisitForm
      householdId={id}
      onDirtyChange={setDirty}
      onSaved={() => navigate(paths.household(id), { replace: true })}
    />
  );
}
