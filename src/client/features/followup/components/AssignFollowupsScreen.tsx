import { useMemo, useState } from 'react';
import { Button } from '@client/ui/button';
import { SelectField, TextAreaField, TextField } from '@client/ui/field';
import { formatDateTimeId } from '@client/ui/format';
import { Loading, PageHeader } from '@client/ui/page-header';
import type { FollowupCandidates, NewFollowup } from '@shared/followups/api';
import { findKelurahan, formatRwRt, MAX_RW } from '@shared/wilayah/wilayah';
import { serverErrorText } from '../data/api';
import { useAssign, useCancel, useCandidates, useStartingArea, withIds } from '../hooks/use-assign';
import { CandidateList, type Candidate } from './CandidateList';
import { GapTable } from './GapTable';
import { GivenList } from './GivenList';

/**
 * For the lurah, staf kelurahan and ketua RW: an RW's gap to target per RT, its unvaccinated
 * residents and houses to revisit; tick some, choose a volunteer, send. The follow-ups reach
 * the volunteer's phone at its next sync.
 */
export function AssignFollowupsScreen() {
  const start = useStartingArea();
  if (start === undefined) return <Loading />;
  if (start === null) {
    return (
      <div>
        <PageHeader title="Atur tindak lanjut" />
        <p className="card">Pilih wilayah kerja dulu.</p>
      </div>
    );
  }
  return <AssignForArea kelurahanCode={start.kelurahanCode} firstRw={start.rw} />;
}

function AssignForArea({
  kelurahanCode,
  firstRw,
}: {
  kelurahanCode: string;
  firstRw: number | null;
}) {
  const [rw, setRw] = useState<number | null>(firstRw ?? 1);
  const query = useCandidates(kelurahanCode, rw);
  return (
    <div>
      <PageHeader title="Atur tindak lanjut" />
      <p className="muted small">
        Kel. {findKelurahan(kelurahanCode)?.name ?? kelurahanCode}
        {query.data &&
          ` · data per ${formatDateTimeId(new Date(query.dataUpdatedAt).toISOString())}`}
      </p>
      <TextField
        label="RW"
        type="number"
        min={1}
        max={MAX_RW}
        value={rw ?? ''}
        onChange={(e) => setRw(e.target.value ? Number(e.target.value) : null)}
      />
      {query.error && !query.data && (
        <p className="alert alert-error">{serverErrorText(query.error, 'memuat data RW')}</p>
      )}
      {query.isPending && rw !== null ? <Loading /> : null}
      {query.data && <AssignBody key={`${kelurahanCode}/${rw}`} data={query.data} />}
    </div>
  );
}

function AssignBody({ data }: { data: FollowupCandidates }) {
  const candidates = useMemo<Candidate[]>(
    () => [
      ...data.residents.map((c) => ({ type: 'resident' as const, key: c.residentId, c })),
      ...data.households.map((c) => ({ type: 'household' as const, key: c.householdId, c })),
    ],
    [data],
  );
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [assignee, setAssignee] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [note, setNote] = useState('');
  // Kept after a failed send, so "Kirim" again sends the same ids: nothing is made twice.
  const [unsent, setUnsent] = useState<NewFollowup[] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const assign = useAssign();
  const cancel = useCancel();

  const toggle = (key: string) => {
    setUnsent(null);
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  };
  const send = () => {
    const items =
      unsent ??
      withIds(
        candidates
          .filter((c) => selected.has(c.key))
          .map((c) => ({
            kind: c.type === 'resident' ? ('belum-vaksin' as const) : ('kunjungan-ulang' as const),
            householdId: c.c.householdId,
            residentId: c.type === 'resident' ? c.c.residentId : null,
            assignedTo: assignee,
            note: note.trim() || null,
            dueDate: dueDate || null,
          })),
      );
    setUnsent(items);
    setDone(null);
    assign.mutate(items, {
      onSuccess: (answer) => {
        setUnsent(null);
        setSelected(new Set());
        setDone(`${answer.results.length} tindak lanjut dikirim.`);
      },
    });
  };

  const volunteers = data.volunteers.map((v) => ({
    value: v.id,
    label: `${v.name} (${v.role === 'ketua-rw' ? 'Ketua RW' : `RT ${v.rts.map(formatRwRt).join(', ')}`})`,
  }));
  return (
    <>
      <section className="card">
        <h2>Kekurangan menuju target per RT</h2>
        <GapTable rts={data.rts} target={data.target} />
      </section>
      <section className="card">
        <h2>Belum vaksin dan perlu kunjungan ulang</h2>
        <CandidateList candidates={candidates} selected={selected} onToggle={toggle} />
        <SelectField
          label="Relawan"
          options={volunteers}
          value={assignee}
          onChange={(e) => {
            setUnsent(null);
            setAssignee(e.target.value);
          }}
          hint={volunteers.length === 0 ? 'Belum ada relawan terdaftar di RW ini.' : undefined}
        />
        <TextField
          label="Tanggal target"
          type="date"
          optional
          value={dueDate}
          onChange={(e) => setDueDate(e.target.value)}
        />
        <TextAreaField
          label="Catatan"
          optional
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        {assign.error && (
          <p className="alert alert-error" role="alert">
            {serverErrorText(assign.error, 'mengirim tindak lanjut')}
          </p>
        )}
        {done && <p className="alert alert-ok">{done}</p>}
        <Button
          variant="primary"
          block
          disabled={selected.size === 0 || !assignee || assign.isPending}
          onClick={send}
        >
          Kirim ke relawan ({selected.size})
        </Button>
      </section>
      <section className="card">
        <h2>Sudah diberikan</h2>
        {cancel.error && (
          <p className="alert alert-error">{serverErrorText(cancel.error, 'membatalkan')}</p>
        )}
        <GivenList
          followups={data.followups}
          busy={cancel.isPending}
          onCancel={(id) => cancel.mutate(id)}
        />
      </section>
    </>
  );
}
