import { useState } from 'react';
import type { Invitation, UserSummary } from '@shared/auth/api';
import { MANAGES, ROLE_LABELS, type Role, type UserArea } from '@shared/auth/roles';
import { Button, ButtonLink } from '@client/ui/button';
import { formatDateTimeId } from '@client/ui/format';
import { Loading, PageHeader } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { useInvitations, useUsers } from '../hooks/use-server-data';
import { useVolunteerActions } from '../hooks/use-volunteer-actions';
import { describeUserArea } from './describe-area';
import { Freshness } from './Freshness';
import { serverErrorText } from './server-error';
import { VolunteerCard } from './VolunteerCard';
import { KelurahanOptions } from './KelurahanOptions';
import { listPeople, PEOPLE_SHOWN_AT_MOST, type PeopleFilter } from '../data/people-list';
import { Field } from '@client/ui/field';

type Me = { id: string; role: Role; area: UserArea };

/**
 * The lurah's people: everyone in their area with role, area, last sync and changes, and the
 * invitations still waiting. Revoke and change area for the roles the lurah manages. The list
 * narrows by name, and by kelurahan for the city's admin (whose area is the whole city).
 */
export function VolunteersScreen({ me }: { me: Me }) {
  const users = useUsers();
  const invitations = useInvitations();
  const actions = useVolunteerActions();
  const [failed, setFailed] = useState<{ userId: string; text: string } | null>(null);
  const [filter, setFilter] = useState<PeopleFilter>({ kelurahanCode: '', name: '' });
  const everyone = users.data ?? [];
  const found = listPeople(everyone, filter);
  const shown = found.slice(0, PEOPLE_SHOWN_AT_MOST);
  const manageable = (u: UserSummary) => u.id !== me.id && MANAGES[me.role].includes(u.role);
  const onError = (userId: string, action: string) => (error: unknown) =>
    setFailed({ userId, text: serverErrorText(error, action) });

  return (
    <div>
      <PageHeader title="Relawan & petugas">
        <ButtonLink to={paths.invite} variant="primary" small>
          + Undang
        </ButtonLink>
      </PageHeader>
      <Freshness
        updatedAt={users.dataUpdatedAt}
        fetching={users.isFetching}
        error={users.error}
        hasData={users.data !== undefined}
      />
      {users.data === undefined ? (
        users.isPending && !users.error ? (
          <Loading />
        ) : null
      ) : everyone.length === 0 ? (
        <p className="card empty">Belum ada orang di wilayah Anda. Undang relawan pertama.</p>
      ) : (
        <>
          <PeopleFilters
            value={filter}
            onChange={setFilter}
            byKelurahan={me.area.kelurahanCode === null}
            total={everyone.length}
            found={found.length}
            shown={shown.length}
          />
          <ul className="plain-list" style={{ listStyle: 'none', padding: 0 }}>
            {shown.map((u) => (
              <VolunteerCard
                key={u.id}
                user={u}
                manageable={manageable(u)}
                managerArea={me.area}
                busy={actions.revoke.isPending || actions.changeArea.isPending}
                error={failed?.userId === u.id ? failed.text : null}
                onRevoke={() => {
                  setFailed(null);
                  actions.revoke.mutate(u.id, { onError: onError(u.id, 'mencabut akses') });
                }}
                onChangeArea={(area, done) => {
                  setFailed(null);
                  actions.changeArea.mutate(
                    { userId: u.id, area },
                    { onSuccess: done, onError: onError(u.id, 'mengubah wilayah') },
                  );
                }}
              />
            ))}
          </ul>
        </>
      )}
      <PendingInvitations
        list={invitations.data}
        error={invitations.error}
        onCancel={(id) => actions.cancelInvitation.mutate(id)}
        cancelError={actions.cancelInvitation.error}
      />
    </div>
  );
}

/**
 * Narrows the list: by name for everyone, by kelurahan for the city's admin. Says how many of
 * how many are shown, and asks to narrow further when there are more than fit.
 */
function PeopleFilters({
  value,
  onChange,
  byKelurahan,
  total,
  found,
  shown,
}: {
  value: PeopleFilter;
  onChange: (value: PeopleFilter) => void;
  byKelurahan: boolean;
  total: number;
  found: number;
  shown: number;
}) {
  return (
    <div className="card">
      {byKelurahan && (
        <Field label="Kelurahan">
          {(control) => (
            <select
              {...control}
              value={value.kelurahanCode}
              onChange={(e) => onChange({ ...value, kelurahanCode: e.target.value })}
            >
              <option value="">Semua kelurahan</option>
              <KelurahanOptions />
            </select>
          )}
        </Field>
      )}
      <Field label="Cari nama">
        {(control) => (
          <input
            {...control}
            type="search"
            value={value.name}
            onChange={(e) => onChange({ ...value, name: e.target.value })}
          />
        )}
      </Field>
      <p className="small muted" role="status">
        {found === 0
          ? `Tidak ada yang cocok dari ${total} orang.`
          : shown < found
            ? `Menampilkan ${shown} dari ${found} orang. Pilih kelurahan atau cari nama untuk mempersempit.`
            : found < total
              ? `${found} dari ${total} orang.`
              : `${total} orang.`}
      </p>
    </div>
  );
}

function PendingInvitations({
  list,
  error,
  onCancel,
  cancelError,
}: {
  list: Invitation[] | undefined;
  error: unknown;
  onCancel: (id: string) => void;
  cancelError: unknown;
}) {
  const pending = (list ?? []).filter((i) => i.usedAt === null);
  return (
    <section className="card">
      <h2>Undangan menunggu{pending.length > 0 ? ` (${pending.length})` : ''}</h2>
      {cancelError ? (
        <p className="field-error" role="alert">
          {serverErrorText(cancelError, 'membatalkan undangan')}
        </p>
      ) : null}
      {list === undefined ? (
        error ? (
          <p className="muted">{serverErrorText(error, 'memuat undangan')}</p>
        ) : (
          <Loading />
        )
      ) : pending.length === 0 ? (
        <p className="muted">Tidak ada undangan yang menunggu.</p>
      ) : (
        <ul className="dose-list">
          {pending.map((i) => (
            <li key={i.id}>
              <div className="grow">
                <strong>
                  {ROLE_LABELS[i.role]}
                  {i.name ? ` · ${i.name}` : ''}
                </strong>
                <div className="small">{describeUserArea(i.area)}</div>
                <div className="small muted">Berlaku sampai {formatDateTimeId(i.expiresAt)}</div>
              </div>
              <Button small onClick={() => onCancel(i.id)}>
                Batalkan
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
