import { useState, type FormEvent } from 'react';
import type { UserSummary } from '@shared/auth/api';
import { ROLE_LABELS, type UserArea } from '@shared/auth/roles';
import { Badge } from '@client/ui/badge';
import { Button } from '@client/ui/button';
import { ConfirmDialog } from '@client/ui/confirm-dialog';
import { formatDateTimeId, formatNumber } from '@client/ui/format';
import { areaToInput, checkAreaInput, type AreaInput } from '../data/area-form';
import { AreaFields } from './AreaFields';
import { describeUserArea } from './describe-area';

/** One person: role, area, last sync, changes, status; revoke and change area if allowed. */
export function VolunteerCard({
  user,
  manageable,
  managerArea,
  onRevoke,
  onChangeArea,
  busy,
  error,
}: {
  user: UserSummary;
  manageable: boolean;
  managerArea: UserArea;
  onRevoke: () => void;
  onChangeArea: (area: UserArea, done: () => void) => void;
  busy: boolean;
  error: string | null;
}) {
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const [area, setArea] = useState<AreaInput>(areaToInput(user.area, managerArea));
  const [errors, setErrors] = useState<Partial<Record<keyof AreaInput, string>>>({});
  const save = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkAreaInput(user.role, area, managerArea);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    onChangeArea(checked.area, () => setEditing(false));
  };

  return (
    <li className="card" aria-label={user.name}>
      <div className="row" style={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
        <div className="grow">
          <strong>{user.name}</strong>
          <div className="small">
            {ROLE_LABELS[user.role]} · {describeUserArea(user.area)}
          </div>
        </div>
        {user.status === 'active' ? (
          <Badge tone="green">Aktif</Badge>
        ) : (
          <Badge tone="red">Dicabut</Badge>
        )}
      </div>
      <div className="small muted">
        Sinkron terakhir: {user.lastSyncAt ? formatDateTimeId(user.lastSyncAt) : 'belum pernah'} ·{' '}
        {formatNumber(user.changes)} perubahan ({formatNumber(user.changesLast7Days)} dalam 7 hari)
        · {user.devices} perangkat
      </div>
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
      {manageable && user.status === 'active' && !editing && (
        <div className="actions" style={{ marginTop: '0.5rem' }}>
          {user.role !== 'admin-kota' && (
            <Button small onClick={() => setEditing(true)}>
              Ubah wilayah
            </Button>
          )}
          <Button small variant="danger" onClick={() => setConfirming(true)} disabled={busy}>
            Cabut akses
          </Button>
        </div>
      )}
      {editing && (
        <form onSubmit={save} noValidate className="subform">
          <AreaFields
            role={user.role}
            manager={managerArea}
            value={area}
            errors={errors}
            onChange={setArea}
          />
          <div className="actions">
            <Button onClick={() => setEditing(false)}>Batal</Button>
            <Button type="submit" variant="primary" disabled={busy}>
              Simpan wilayah
            </Button>
          </div>
        </form>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Cabut akses ${user.name}?`}
        confirmLabel="Cabut akses"
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onRevoke();
        }}
      >
        <p>
          Semua perangkat {user.name} berhenti sinkron saat itu juga, dan data warga di HP-nya
          dihapus pada sinkron berikutnya. Perubahan yang belum terkirim dari HP itu ikut hilang.
        </p>
      </ConfirmDialog>
    </li>
  );
}
