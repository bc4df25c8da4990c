import { useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Badge } from '@client/ui/badge';
import { Button, ButtonLink } from '@client/ui/button';
import { ConfirmDialog } from '@client/ui/confirm-dialog';
import { FormErrors } from '@client/ui/form-errors';
import { formatDateId, formatDateTimeId, today } from '@client/ui/format';
import { Loading, NotFound, PageHeader } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { errorsFromSave } from '@client/ui/use-form-state';
import { householdAddress } from '@shared/domain/household';
import { RELATION_LABELS, RESIDENCE_STATUS_LABELS } from '@shared/domain/resident-fields';
import { REASON_LABELS, STATUS_LABELS, type VaccinationStatus } from '@shared/domain/vaccination';
import { VISIT_OUTCOME_LABELS } from '@shared/domain/visit';
import { isFinishedVisit, visitStanding } from '@shared/domain/visit-outcome';
import { formatRwRt, findKelurahan } from '@shared/wilayah/wilayah';
import { deleteHousehold } from '../data/delete-household';
import { nextHousehold } from '../data/list-filters';
import { useHousehold, type ResidentSummary } from '../hooks/use-household';
import { useHouseholdList } from '../hooks/use-household-list';
import { HouseholdBadges } from './HouseholdRowView';

const STATUS_TONES = { belum: 'red', dosis1: 'amber', lengkap: 'green', booster: 'blue' } as const;

export function StatusBadge({ status }: { status: VaccinationStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}

/**
 * A household: address, KK, head, location, residents with their status, visit history.
 * `followups`: what was asked to be done here, composed in by the route (features do not
 * import each other).
 */
export function HouseholdPage({ id, followups }: { id: string; followups?: ReactNode }) {
  const detail = useHousehold(id);
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (detail === undefined) return <Loading />;
  if (detail === null) return <NotFound what="Rumah tangga" back={paths.home} />;
  const { household: h, residents, visits } = detail;
  const standing = visitStanding(visits);

  const remove = async () => {
    setConfirming(false);
    try {
      await deleteHousehold(id);
      navigate(paths.home, { replace: true });
    } catch (e) {
      setError(errorsFromSave(e)._ ?? 'Gagal menghapus.');
    }
  };

  return (
    <div>
      <PageHeader title={householdAddress(h)} back={paths.home} />
      <FormErrors messages={error ? [error] : []} />
      <div className="card">
        <dl className="facts">
          <dt>Kepala</dt>
          <dd>{h.headName}</dd>
          <dt>No. KK</dt>
          <dd>{h.kkNumber ?? <span className="muted">belum diisi</span>}</dd>
          <dt>Wilayah</dt>
          <dd>
            RT {formatRwRt(h.rt)} / RW {formatRwRt(h.rw)}, {findKelurahan(h.kelurahanCode)?.name}
          </dd>
          <dt>Lokasi</dt>
          <dd>
            {h.location ? (
              <a
                href={`https://www.google.com/maps?q=${h.location.lat},${h.location.lng}`}
                target="_blank"
                rel="noreferrer"
              >
                {h.location.lat.toFixed(5)}, {h.location.lng.toFixed(5)} (±
                {Math.round(h.location.accuracy)} m)
              </a>
            ) : (
              <span className="muted">belum diambil</span>
            )}
          </dd>
          {h.note && (
            <>
              <dt>Catatan</dt>
              <dd>{h.note}</dd>
            </>
          )}
        </dl>
        <div style={{ marginTop: '0.6rem' }}>
          <HouseholdBadges
            row={{
              ...standing,
              unfinishedOutcome:
                standing.latest && !isFinishedVisit(standing.latest.outcome)
                  ? standing.latest.outcome
                  : null,
              unvaccinated: 0,
              activeIsoman: 0,
            }}
          />
        </div>
      </div>

      {followups}
      <ButtonLink to={paths.recordVisit(id)} variant="primary" block>
        Catat kunjungan
      </ButtonLink>
      <div className="actions" style={{ margin: '0.5rem 0 0.75rem' }}>
        <ButtonLink to={paths.newResident(id)}>+ Tambah warga</ButtonLink>
        <ButtonLink to={paths.editHousehold(id)}>Ubah data rumah</ButtonLink>
      </div>

      {!residents.some((s) => s.resident.relation === 'kepala') && (
        <section className="card">
          <p>
            Kepala keluarga <strong>{h.headName}</strong> belum tercatat sebagai warga.
          </p>
          <ButtonLink to={`${paths.newResident(id)}?kepala=1`} block>
            Catat {h.headName} sebagai warga
          </ButtonLink>
        </section>
      )}
      <section className="card">
        <h2>Warga ({residents.length})</h2>
        {residents.length === 0 ? (
          <p className="muted">Belum ada warga tercatat.</p>
        ) : (
          <ul className="pick-list">
            {residents.map((s) => (
              <li key={s.resident.id}>
                <ResidentLine summary={s} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card">
        <h2>Riwayat kunjungan</h2>
        {visits.length === 0 ? (
          <p className="muted">Belum pernah dikunjungi.</p>
        ) : (
          <ol className="timeline">
            {visits.map((v) => (
              <li key={v.id}>
                <strong>{VISIT_OUTCOME_LABELS[v.outcome]}</strong>{' '}
                <span className="muted small">{formatDateTimeId(v.at)}</span>
                {v.note && <div>{v.note}</div>}
                {v.revisitNeeded && (
                  <div className="small">
                    Perlu kunjungan ulang{v.revisitDate ? `: ${formatDateId(v.revisitDate)}` : ''}
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <NextHouseLink household={h} />

      <Button
        variant="danger"
        block
        onClick={() => setConfirming(true)}
        style={{ marginTop: '1.5rem' }}
      >
        Hapus rumah tangga ini
      </Button>
      <ConfirmDialog
        open={confirming}
        title="Hapus rumah tangga?"
        confirmLabel="Ya, hapus"
        danger
        onConfirm={remove}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {householdAddress(h)} ({h.headName}) dan {residents.length} warganya akan dihapus. Hanya
          untuk data yang salah masuk. Riwayat kunjungan tetap disimpan.
        </p>
      </ConfirmDialog>
    </div>
  );
}

function ResidentLine({ summary: s }: { summary: ResidentSummary }) {
  const r = s.resident;
  const away = r.residenceStatus !== 'aktif';
  return (
    <Link to={paths.resident(r.id)} className="resident-line">
      <div style={{ flex: 1, minWidth: 0 }}>
        <div className={away ? 'muted' : undefined}>
          <strong>{r.name}</strong>
        </div>
        <div className="muted small">
          {RELATION_LABELS[r.relation]}
          {s.age !== null && ` · ${s.age} th`}
          {away && ` · ${RESIDENCE_STATUS_LABELS[r.residenceStatus]}`}
        </div>
        <div className="badges" style={{ marginTop: '0.25rem' }}>
          {s.status === 'belum' && !s.eligible ? (
            <Badge>{REASON_LABELS['belum-cukup-umur']}</Badge>
          ) : (
            <StatusBadge status={s.status} />
          )}
          {/* Too young says it once: the age badge and the reason are the same words. */}
          {s.status === 'belum' &&
            r.notVaccinatedReason &&
            !(r.notVaccinatedReason === 'belum-cukup-umur' && !s.eligible) && (
              <Badge tone="gray">{REASON_LABELS[r.notVaccinatedReason]}</Badge>
            )}
          {s.activeIsoman && <Badge tone="purple">Isoman</Badge>}
          {s.doseWarnings.length > 0 && <Badge tone="amber">Periksa dosis</Badge>}
        </div>
      </div>
      <span aria-hidden="true">›</span>
    </Link>
  );
}

function NextHouseLink({
  household,
}: {
  household: { id: string; kelurahanCode: string; rw: number; rt: number };
}) {
  const list = useHouseholdList(household, 'rt');
  const next = useMemo(
    () => (list?.complete ? nextHousehold(list.rows, today(), household.id) : null),
    [list, household.id],
  );
  if (!next) return null;
  return (
    <ButtonLink to={paths.household(next.id)} block>
      Rumah berikutnya: {next.address} →
    </ButtonLink>
  );
}
