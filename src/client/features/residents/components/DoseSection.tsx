import { useState } from 'react';
import { Badge } from '@client/ui/badge';
import { Button } from '@client/ui/button';
import { SelectField, TextField } from '@client/ui/field';
import { formatDateId, today } from '@client/ui/format';
import { doseSchema, type DoseProofFields } from '@shared/domain/dose';
import { doseProblems, problemsOf } from '@shared/domain/dose-rules';
import { validate, type FieldErrors } from '@shared/domain/validation';
import {
  DOSE_KINDS,
  DOSE_LABELS,
  nextDoseKind,
  STATUS_LABELS,
  VACCINE_LABELS,
  VACCINE_PRODUCTS,
  type DoseKind,
  type VaccinationStatus,
  type VaccineProduct,
} from '@shared/domain/vaccination';
import { uuidv7 } from '@shared/ids';
import { proofFields, proofLabel, proofWarning, type ProofHolder } from '../data/dose-proof';
import type { NewDose } from '../data/resident-form';
import { ProofField, type ProofChoice } from './ProofField';

type Dose = NewDose & { saved: boolean; voided: boolean };
const STATED: ProofChoice = { proof: 'ucapan', qrText: '' };
const NO_QR = 'Pindai QR sertifikat dulu, atau pilih bukti lain.';
type Owner = {
  residentId: string;
  householdId: string;
  kelurahanCode: string;
  rw: number;
  rt: number;
};

const STATUS_TONES = { belum: 'red', dosis1: 'amber', lengkap: 'green', booster: 'blue' } as const;
const KIND_OPTIONS = DOSE_KINDS.map((k) => ({ value: k, label: DOSE_LABELS[k] }));
const PRODUCT_OPTIONS = VACCINE_PRODUCTS.map((p) => ({ value: p, label: VACCINE_LABELS[p] }));

/**
 * Doses: the recorded ones (a wrong one is voided, never edited), the ones added in this form,
 * and a small form to add one with the next dose preselected. Saved with the resident.
 */
export function DoseSection({
  owner,
  birthDate,
  doses,
  status,
  holder,
  onAdd,
  onAddProof,
  onRemoveNew,
  onToggleVoid,
}: {
  owner: Owner;
  /** The resident's name and NIK as the form holds them, to compare a certificate with. */
  holder: ProofHolder;
  /** The birth date the form holds now: no dose may come before it. */
  birthDate: string | null;
  /** In the order they are given (compareDoses). */
  doses: readonly Dose[];
  status: VaccinationStatus;
  onAdd: (dose: NewDose) => void;
  /** A proof given now to a dose recorded earlier. */
  onAddProof: (id: string, proof: DoseProofFields) => void;
  onRemoveNew: (id: string) => void;
  onToggleVoid: (id: string) => void;
}) {
  const [adding, setAdding] = useState(false);
  const [proving, setProving] = useState<string | null>(null);
  return (
    <section className="card">
      <h2>
        Vaksinasi <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>
      </h2>
      {doses.length === 0 && <p className="muted">Belum ada dosis tercatat.</p>}
      <DoseWarnings doses={doses.filter((d) => d.saved && !d.voided)} birthDate={birthDate} />
      <ul className="dose-list">
        {doses.map((d) => (
          <li key={d.id} className={d.voided ? 'voided' : undefined}>
            <div className="grow">
              <strong>{DOSE_LABELS[d.kind]}</strong> · {formatDateId(d.date)}
              <div className="small muted">
                {VACCINE_LABELS[d.product]}
                {d.place ? ` · ${d.place}` : ''}
                {!d.saved && ' · belum disimpan'}
                {d.voided && ' · akan dibatalkan'}
              </div>
              <div className="small">Bukti: {proofLabel(d.proof)}</div>
              {proofWarning(d) && <div className="small field-warning">{proofWarning(d)}</div>}
              {proving === d.id && (
                <AddProof
                  dose={d}
                  holder={holder}
                  onAdd={(proof) => {
                    onAddProof(d.id, proof);
                    setProving(null);
                  }}
                  onCancel={() => setProving(null)}
                />
              )}
            </div>
            {d.saved && !d.voided && (d.proof ?? 'ucapan') === 'ucapan' && proving !== d.id && (
              <Button small onClick={() => setProving(d.id)}>
                Tambah bukti
              </Button>
            )}
            {d.saved ? (
              <Button
                small
                variant={d.voided ? 'secondary' : 'danger'}
                onClick={() => onToggleVoid(d.id)}
              >
                {d.voided ? 'Urungkan' : 'Batalkan'}
              </Button>
            ) : (
              <Button small variant="ghost" onClick={() => onRemoveNew(d.id)}>
                Hapus
              </Button>
            )}
          </li>
        ))}
      </ul>
      {adding ? (
        <AddDose
          owner={owner}
          holder={holder}
          birthDate={birthDate}
          doses={doses.filter((d) => !d.voided)}
          onAdd={(dose) => {
            onAdd(dose);
            setAdding(false);
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <Button block onClick={() => setAdding(true)}>
          + Tambah dosis
        </Button>
      )}
    </section>
  );
}

/**
 * What the recorded doses already break (recorded before a rule, or on another phone): shown,
 * never rewritten; voiding the wrong dose and adding it again repairs it.
 */
function DoseWarnings({ doses, birthDate }: { doses: readonly Dose[]; birthDate: string | null }) {
  const problems = doseProblems(doses, { birthDate }, today());
  if (problems.length === 0) return null;
  return (
    <div className="alert alert-warning" role="note">
      <strong>Periksa dosis yang tercatat:</strong>
      <ul>
        {problems.map((p) => (
          <li key={p.message}>{p.message}</li>
        ))}
      </ul>
    </div>
  );
}

/** A proof for a dose recorded earlier: the only thing a recorded dose may still gain. */
function AddProof({
  dose,
  holder,
  onAdd,
  onCancel,
}: {
  dose: Dose;
  holder: ProofHolder;
  onAdd: (proof: DoseProofFields) => void;
  onCancel: () => void;
}) {
  const [choice, setChoice] = useState<ProofChoice>(STATED);
  const [error, setError] = useState<string>();
  const add = () => {
    if (choice.proof === 'qr' && !choice.qrText) return setError(NO_QR);
    onAdd(proofFields(choice.proof, choice.qrText, holder, dose.date));
  };
  return (
    <div className="subform">
      <ProofField
        name={`bukti-${dose.id}`}
        value={choice}
        holder={holder}
        doseDate={dose.date}
        error={error}
        onChange={setChoice}
      />
      <div className="actions">
        <Button onClick={onCancel}>Batal</Button>
        <Button variant="primary" onClick={add}>
          Simpan bukti
        </Button>
      </div>
    </div>
  );
}

function AddDose({
  owner,
  holder,
  birthDate,
  doses,
  onAdd,
  onCancel,
}: {
  owner: Owner;
  holder: ProofHolder;
  birthDate: string | null;
  doses: readonly Dose[];
  onAdd: (dose: NewDose) => void;
  onCancel: () => void;
}) {
  const last = doses.at(-1);
  const [kind, setKind] = useState<DoseKind | ''>(nextDoseKind(doses) ?? '');
  const [date, setDate] = useState(today());
  // The second dose is usually the same vaccine as the first.
  const [product, setProduct] = useState<VaccineProduct | ''>(
    kind === 'dosis2' && last ? last.product : '',
  );
  const [place, setPlace] = useState(last?.place ?? '');
  const [proof, setProof] = useState<ProofChoice>(STATED);
  const [errors, setErrors] = useState<FieldErrors>({});

  const add = () => {
    if (kind && doses.some((d) => d.kind === kind)) {
      return setErrors({
        kind: `${DOSE_LABELS[kind]} sudah tercatat. Batalkan yang lama bila salah.`,
      });
    }
    const values = {
      kind: kind || undefined,
      date,
      product: product || undefined,
      place: place.trim() || null,
    };
    const checked = validate(doseSchema, { ...owner, ...values });
    if (!checked.ok) return setErrors(checked.errors);
    const { kind: k, date: d, product: p, place: pl } = checked.value;
    // Against the other doses and the birth date: the rules the server applies on push.
    if (proof.proof === 'qr' && !proof.qrText) return setErrors({ proof: NO_QR });
    const dose = {
      id: uuidv7(),
      kind: k,
      date: d,
      product: p,
      place: pl ?? null,
      ...proofFields(proof.proof, proof.qrText, holder, d),
    };
    const problems = problemsOf(dose.id, doseProblems([...doses, dose], { birthDate }, today()));
    if (problems.length > 0) {
      return setErrors(Object.fromEntries(problems.reverse().map((x) => [x.field, x.message])));
    }
    onAdd(dose);
  };

  return (
    <div className="subform">
      <h3>Tambah dosis</h3>
      <SelectField
        label="Jenis dosis"
        value={kind}
        options={KIND_OPTIONS}
        onChange={(e) => setKind(e.target.value as DoseKind)}
        error={errors.kind}
      />
      <TextField
        label="Tanggal vaksin"
        type="date"
        value={date}
        max={today()}
        onChange={(e) => setDate(e.target.value)}
        error={errors.date}
      />
      <SelectField
        label="Vaksin"
        value={product}
        options={PRODUCT_OPTIONS}
        onChange={(e) => setProduct(e.target.value as VaccineProduct)}
        error={errors.product}
      />
      <TextField
        label="Tempat vaksin"
        optional
        value={place}
        onChange={(e) => setPlace(e.target.value)}
        error={errors.place}
        placeholder="contoh: Puskesmas Bekasi Jaya"
      />
      <ProofField
        name="bukti-dosis-baru"
        value={proof}
        holder={holder}
        doseDate={date}
        error={errors.proof}
        onChange={setProof}
      />
      <div className="actions">
        <Button onClick={onCancel}>Batal</Button>
        <Button variant="primary" onClick={add}>
          Tambahkan
        </Button>
      </div>
    </div>
  );
}
