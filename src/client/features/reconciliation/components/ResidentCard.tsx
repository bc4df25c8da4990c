import { Link } from 'react-router-dom';
import { Badge } from '@client/ui/badge';
import { formatDateId } from '@shared/dates';
import { DOSE_LABELS, VACCINE_LABELS } from '@shared/domain/vaccination';
import {
  MISMATCH_LABELS,
  type ReconciliationDose,
  type ReconciliationResident,
} from '@shared/reconciliation/api';
import { formatRwRt } from '@shared/wilayah/wilayah';

/** One resident to reconcile: who (NIK masked), why, the doses in question, their household. */
export function ResidentCard({
  resident: r,
  href,
}: {
  resident: ReconciliationResident;
  href: string;
}) {
  return (
    <li className={r.mismatched ? 'card recon-resident mismatched' : 'card recon-resident'}>
      <div className="recon-head">
        <strong>{r.name}</strong>
        <span className="recon-nik">{r.nik ? `NIK ${r.nik}` : 'NIK belum dicatat'}</span>
        <span className="recon-place">
          RT {formatRwRt(r.rt)} / RW {formatRwRt(r.rw)}
        </span>
      </div>
      <div className="recon-badges">
        {r.statedOnly && <Badge tone="amber">Hanya ucapan</Badge>}
        {r.mismatched && <Badge tone="red">QR tidak cocok</Badge>}
      </div>
      <ul className="recon-doses">
        {r.doses.map((d) => (
          <li key={d.id}>
            <strong>{DOSE_LABELS[d.kind]}</strong> · {formatDateId(d.date)} ·{' '}
            {VACCINE_LABELS[d.product]}
            {d.place ? ` · ${d.place}` : ''}
            <span className="recon-why"> — {doseWhy(d)}</span>
          </li>
        ))}
      </ul>
      <Link to={href} className="recon-household">
        {r.address} · KK {r.headName}
      </Link>
    </li>
  );
}

function doseWhy(d: ReconciliationDose): string {
  if (d.mismatch.length > 0) {
    return `QR tidak cocok: ${d.mismatch.map((m) => MISMATCH_LABELS[m]).join(', ')}`;
  }
  return d.proof === 'ucapan' ? 'menurut ucapan, tanpa bukti' : 'tanpa bukti (belum dicatat)';
}
