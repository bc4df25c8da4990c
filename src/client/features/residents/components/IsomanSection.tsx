import { useState } from 'react';
import { Badge } from '@client/ui/badge';
import { Button } from '@client/ui/button';
import { ChangedElsewhere } from '@client/ui/changed-elsewhere';
import { Choices, TextField } from '@client/ui/field';
import { formatDateId, today } from '@client/ui/format';
import { validate, type FieldErrors } from '@shared/domain/validation';
import {
  defaultIsomanEnd,
  isIsomanActive,
  ISOMAN_OUTCOME_LABELS,
  ISOMAN_OUTCOMES,
  isomanSchema,
  type IsomanFields,
  type IsomanOutcome,
} from '@shared/domain/isoman';
import { uuidv7 } from '@shared/ids';
import { DEFAULT_CONFIG } from '@shared/domain/config';
import type { IsomanClose, IsomanStart } from '../data/resident-form';

type Episode = IsomanFields & { id: string };
type Owner = {
  residentId: string;
  householdId: string;
  kelurahanCode: string;
  rw: number;
  rt: number;
};
const OUTCOME_OPTIONS = ISOMAN_OUTCOMES.map((o) => ({ value: o, label: ISOMAN_OUTCOME_LABELS[o] }));

/** Isoman: start an episode (end defaults to start + the configured days), record its outcome. */
export function IsomanSection({
  owner,
  episodes,
  newIsoman,
  closing,
  onStart,
  onClose,
}: {
  owner: Owner;
  episodes: readonly Episode[];
  newIsoman: IsomanStart | null;
  closing: Readonly<Record<string, IsomanClose>>;
  onStart: (start: IsomanStart | null) => void;
  onClose: (id: string, close: IsomanClose | null) => void;
}) {
  const [starting, setStarting] = useState(false);
  const [closingId, setClosingId] = useState<string | null>(null);
  const on = today();
  const anyActive = newIsoman || episodes.some((e) => isIsomanActive(e, on) && !closing[e.id]);

  return (
    <section className="card">
      <h2>Isoman</h2>
      {episodes.length === 0 && !newIsoman && <p className="muted">Tidak sedang isoman.</p>}
      <ul className="dose-list">
        {newIsoman && (
          <li>
            <div className="grow">
              <Badge tone="purple">Isoman</Badge> mulai {formatDateId(newIsoman.startDate)}
              <div className="small muted">
                perkiraan selesai {formatDateId(newIsoman.expectedEndDate)} · belum disimpan
              </div>
            </div>
            <Button small variant="ghost" onClick={() => onStart(null)}>
              Hapus
            </Button>
          </li>
        )}
        {episodes.map((e) => {
          const close = closing[e.id];
          const active = isIsomanActive(e, on);
          return (
            <li key={e.id}>
              <div className="grow">
                {active && !close && <Badge tone="purple">Sedang isoman</Badge>} mulai{' '}
                {formatDateId(e.startDate)}
                <div className="small muted">
                  {close
                    ? `${ISOMAN_OUTCOME_LABELS[close.outcome]} ${formatDateId(close.outcomeDate)} · belum disimpan`
                    : e.outcome
                      ? outcomeText(e)
                      : `perkiraan selesai ${formatDateId(e.expectedEndDate)}`}
                </div>
                {/* Closed on another phone while this form was open. */}
                {close && e.outcome && (
                  <ChangedElsewhere value={outcomeText(e)} onTake={() => onClose(e.id, null)} />
                )}
              </div>
              {close ? (
                <Button small variant="ghost" onClick={() => onClose(e.id, null)}>
                  Urungkan
                </Button>
              ) : (
                active &&
                closingId !== e.id && (
                  <Button small onClick={() => setClosingId(e.id)}>
                    Catat hasil
                  </Button>
                )
              )}
            </li>
          );
        })}
      </ul>
      {closingId && (
        <CloseEpisode
          episode={episodes.find((e) => e.id === closingId)!}
          onDone={(close) => {
            if (close) onClose(closingId, close);
            setClosingId(null);
          }}
        />
      )}
      {starting ? (
        <StartEpisode
          owner={owner}
          onDone={(start) => {
            if (start) onStart(start);
            setStarting(false);
          }}
        />
      ) : (
        !anyActive && (
          <Button block onClick={() => setStarting(true)}>
            Mulai isoman
          </Button>
        )
      )}
    </section>
  );
}

function outcomeText(e: Episode): string {
  const date = e.outcomeDate ? ` ${formatDateId(e.outcomeDate)}` : '';
  return `${e.outcome ? ISOMAN_OUTCOME_LABELS[e.outcome] : ''}${date}`;
}

function StartEpisode({
  owner,
  onDone,
}: {
  owner: Owner;
  onDone: (s: IsomanStart | null) => void;
}) {
  const [startDate, setStartDate] = useState(today());
  const [end, setEnd] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const expectedEndDate = end ?? (startDate ? defaultIsomanEnd(startDate) : '');
  const add = () => {
    const checked = validate(isomanSchema, { ...owner, startDate, expectedEndDate, outcome: null });
    if (!checked.ok) return setErrors(checked.errors);
    onDone({ id: uuidv7(), startDate, expectedEndDate });
  };
  return (
    <div className="subform">
      <h3>Mulai isoman</h3>
      <TextField
        label="Tanggal mulai"
        type="date"
        value={startDate}
        max={today()}
        onChange={(e) => setStartDate(e.target.value)}
        error={errors.startDate}
      />
      <TextField
        label="Perkiraan selesai"
        type="date"
        value={expectedEndDate}
        onChange={(e) => setEnd(e.target.value)}
        error={errors.expectedEndDate}
        hint={`Otomatis ${DEFAULT_CONFIG.isomanDays} hari setelah mulai; ubah bila perlu.`}
      />
      <div className="actions">
        <Button onClick={() => onDone(null)}>Batal</Button>
        <Button variant="primary" onClick={add}>
          Tambahkan
        </Button>
      </div>
    </div>
  );
}

function CloseEpisode({
  episode,
  onDone,
}: {
  episode: Episode;
  onDone: (c: IsomanClose | null) => void;
}) {
  const [outcome, setOutcome] = useState<IsomanOutcome | ''>('');
  const [outcomeDate, setOutcomeDate] = useState(today());
  const [errors, setErrors] = useState<FieldErrors>({});
  const add = () => {
    if (!outcome) return setErrors({ outcome: 'Hasil isoman wajib dipilih.' });
    const checked = validate(isomanSchema, { ...episode, outcome, outcomeDate });
    if (!checked.ok) return setErrors(checked.errors);
    onDone({ outcome, outcomeDate });
  };
  return (
    <div className="subform">
      <h3>Hasil isoman</h3>
      <Choices
        legend="Hasil"
        name="isoman-outcome"
        value={outcome}
        options={OUTCOME_OPTIONS}
        onChange={setOutcome}
        error={errors.outcome}
      />
      <TextField
        label="Tanggal"
        type="date"
        value={outcomeDate}
        max={today()}
        onChange={(e) => setOutcomeDate(e.target.value)}
        error={errors.outcomeDate}
      />
      <div className="actions">
        <Button onClick={() => onDone(null)}>Batal</Button>
        <Button variant="primary" onClick={add}>
          Simpan hasil
        </Button>
      </div>
    </div>
  );
}
