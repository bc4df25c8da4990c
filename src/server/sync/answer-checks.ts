import { addDays } from '@shared/dates';
import { doseProblems, problemsOf, type DatedDose } from '@shared/domain/dose-rules';
import type { StoredRecord } from '../data/records';
import { jakartaToday } from '../coverage/today';
import type { WorkingSet } from './apply';

/**
 * The checks across a resident's answers (@shared/domain/dose-rules) for one applied change,
 * before it is saved. Only what the change touches is judged, so an old record that already
 * breaks a newer rule still takes edits of its other fields (its page shows the warning):
 * - a new dose: the problems it takes part in (an older pair that is wrong is left alone);
 * - a resident whose birth date changed: no live dose before the new birth date.
 * A delete is never refused here: voiding a wrong dose is how a volunteer repairs one.
 * The working set holds every dose of the residents these touch (push.ts loads them).
 */
export function answerProblem(
  working: WorkingSet,
  current: StoredRecord | undefined,
  next: StoredRecord,
  now: number,
): string | null {
  // A day of slack like pastDateSchema: phones and server may disagree on the date.
  const today = addDays(jakartaToday(now), 1);
  if (next.entity === 'dose' && !current) {
    const resident = working.records.get(String(next.fields.residentId));
    const doses = [...liveDosesOf(working, String(next.fields.residentId)), asDose(next)];
    const problems = problemsOf(next.id, doseProblems(doses, birthOf(resident), today));
    return problems[0]?.message ?? null;
  }
  if (next.entity === 'resident' && next.fields.birthDate !== current?.fields.birthDate) {
    const birthDate = birthOf(next).birthDate;
    if (!birthDate) return null;
    const early = liveDosesOf(working, next.id).find((d) => d.date < birthDate);
    if (early) return doseProblems([early], { birthDate }, today)[0]?.message ?? null;
  }
  return null;
}

function liveDosesOf(working: WorkingSet, residentId: string): DatedDose[] {
  const doses: DatedDose[] = [];
  for (const r of working.records.values()) {
    if (r.entity === 'dose' && !r.deleted && r.fields.residentId === residentId)
      doses.push(asDose(r));
  }
  return doses;
}

function asDose(r: StoredRecord): DatedDose {
  const { kind, product, date } = r.fields as Omit<DatedDose, 'id'>;
  return { id: r.id, kind, product, date };
}

function birthOf(resident: StoredRecord | undefined): { birthDate: string | null } {
  const birthDate = resident?.fields.birthDate;
  return { birthDate: typeof birthDate === 'string' ? birthDate : null };
}
