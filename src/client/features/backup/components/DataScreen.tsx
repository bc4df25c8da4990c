import { ButtonLink, Button } from '@client/ui/button';
import { formatBytes, formatDateTimeId, formatNumber } from '@client/ui/format';
import { Loading, PageHeader } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { ENTITY_RULES } from '@shared/domain/entities';
import { exportBackupFile, importBackupFile } from '../data/backup-file';
import { useOutboxCounts } from '../hooks/use-outbox-counts';
import { useRejected } from '../hooks/use-rejected';
import { useStorageStatus } from '../hooks/use-storage-status';
import { BackupCard } from './BackupCard';

/** "Data & cadangan": what is stored, what waits to be sent, what was refused, backups. */
export function DataScreen() {
  const counts = useOutboxCounts();
  const rejected = useRejected();
  const { status, askPersistence } = useStorageStatus(counts?.pending);

  return (
    <div>
      <PageHeader title="Data & cadangan" />
      <section className="card">
        <h2>Penyimpanan di HP</h2>
        {!status ? (
          <Loading />
        ) : (
          <dl className="facts">
            <dt>Penyimpanan permanen</dt>
            <dd>
              <strong data-testid="persisted">
                {status.persisted === null ? 'tidak diketahui' : status.persisted ? 'ya' : 'tidak'}
              </strong>
            </dd>
            <dt>Terpakai</dt>
            <dd>
              {status.usage === null
                ? 'tidak diketahui'
                : `${formatBytes(status.usage)}${status.quota ? ` dari ${formatBytes(status.quota)}` : ''}`}
            </dd>
            <dt>Menunggu dikirim</dt>
            <dd>{counts ? `${formatNumber(counts.pending)} perubahan` : '…'}</dd>
          </dl>
        )}
        {status?.persisted === false && (
          <>
            <p className="small muted" style={{ marginTop: '0.6rem' }}>
              Tanpa penyimpanan permanen, browser boleh menghapus data saat memori HP penuh. Pasang
              aplikasi ke layar utama agar lebih aman.
            </p>
            <Button small onClick={() => void askPersistence()}>
              Minta penyimpanan permanen
            </Button>
          </>
        )}
      </section>

      <section className="card">
        <h2>Ditolak{rejected && rejected.length > 0 ? ` (${rejected.length})` : ''}</h2>
        {!rejected ? (
          <Loading />
        ) : rejected.length === 0 ? (
          <p className="muted">Tidak ada perubahan yang ditolak server.</p>
        ) : (
          <ul className="dose-list">
            {rejected.map((r) => (
              <li key={r.id}>
                <div className="grow">
                  <strong>
                    {r.op === 'delete' ? 'Hapus' : 'Simpan'} {ENTITY_RULES[r.entity].label}
                  </strong>
                  <div className="small">{r.reason}</div>
                  <div className="small muted">
                    {formatDateTimeId(new Date(r.rejectedAt).toISOString())}
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <BackupCard
        onExport={(passphrase) => exportBackupFile(passphrase)}
        onImport={(file, passphrase, progress) => importBackupFile(file, passphrase, progress)}
      />

      <section className="card">
        <h2>Wilayah kerja</h2>
        <ButtonLink to={paths.area} block>
          Ganti wilayah kerja
        </ButtonLink>
      </section>
    </div>
  );
}
