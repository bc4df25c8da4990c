import { useState, type FormEvent } from 'react';
import type { CreatedInvitation } from '@shared/auth/api';
import { MANAGES, ROLE_LABELS, type Role, type UserArea } from '@shared/auth/roles';
import { Button } from '@client/ui/button';
import { Choices, TextField } from '@client/ui/field';
import { FormErrors } from '@client/ui/form-errors';
import { PageHeader } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { areaToInput, checkAreaInput, type AreaInput } from '../data/area-form';
import { useVolunteerActions } from '../hooks/use-volunteer-actions';
import { AreaFields } from './AreaFields';
import { InvitationCard } from './InvitationCard';
import { serverErrorText } from './server-error';

/** "Undang": role and area (inside the manager's own) → a code, a QR code and a link. */
export function InviteScreen({ me }: { me: { role: Role; area: UserArea } }) {
  const roles = MANAGES[me.role];
  const { invite } = useVolunteerActions();
  const [role, setRole] = useState<Role>(roles.includes('relawan') ? 'relawan' : roles[0]!);
  const [area, setArea] = useState<AreaInput>(areaToInput(null, me.area));
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Partial<Record<keyof AreaInput, string>>>({});
  const [created, setCreated] = useState<CreatedInvitation | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkAreaInput(role, area, me.area);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    invite.mutate(
      { role, area: checked.area, ...(name.trim() ? { name: name.trim() } : {}) },
      { onSuccess: setCreated },
    );
  };

  if (created) {
    return (
      <div>
        <PageHeader title="Undangan dibuat" back={paths.volunteers} />
        <InvitationCard invitation={created} />
        <Button block onClick={() => (setCreated(null), invite.reset())}>
          Undang orang lain
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <PageHeader title="Undang" back={paths.volunteers} />
      <FormErrors
        messages={invite.error ? [serverErrorText(invite.error, 'membuat undangan')] : []}
      />
      <Choices
        legend="Peran"
        name="role"
        value={role}
        options={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        onChange={setRole}
      />
      <AreaFields role={role} manager={me.area} value={area} errors={errors} onChange={setArea} />
      <TextField
        label="Nama yang diundang"
        optional
        value={name}
        onChange={(e) => setName(e.target.value)}
        hint="Untuk mengenali undangan di daftar; orang itu menulis namanya sendiri saat mendaftar."
      />
      <Button type="submit" variant="primary" block disabled={invite.isPending}>
        {invite.isPending ? 'Membuat undangan…' : 'Buat undangan'}
      </Button>
    </form>
  );
}
