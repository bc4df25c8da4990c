import { addDays, type IsoDate } from '@shared/dates';
import { jakartaDay } from '@shared/domain/coverage';
import { DRIVE_DAYS } from '@shared/demo/vaccination';
import type { StoredRecord } from '../data/records';

/**
 * The day each demo household "reached the server": the last day of the drive that its records
 * name (a visit, a dose given in the drive), as if the volunteer synced that evening; a
 * household with none of those arrived on a day of the drive picked from its id. Returns the
 * households by arrival day, so the seed dates what was recorded (coverage_days) over the
 * drive's 16 weeks instead of all on the day it ran.
 */
export function householdsByArrival(
  records: readonly StoredRecord[],
  today: IsoDate,
): Map<IsoDate, string[]> {
  const first = addDays(today, 1 - DRIVE_DAYS);
  const latest = new Map<string, IsoDate | null>();
  const note = (householdId: unknown, day: IsoDate | null) => {
    if (typeof householdId !== 'string') return;
    const known = latest.get(householdId) ?? null;
    const inDrive = day !== null && day >= first && day <= today ? day : null;
    latest.set(
      householdId,
      known === null || (inDrive !== null && inDrive > known) ? inDrive : known,
    );
  };
  for (const r of records) {
    if (r.entity === 'household') note(r.id, null);
    else if (r.entity === 'visit') note(r.fields.householdId, jakartaDay(String(r.fields.at)));
    else if (r.entity === 'dose') note(r.fields.householdId, String(r.fields.date));
    else note(r.fields.householdId, null);
  }
  const byDay = new Map<IsoDate, string[]>();
  for (const [id, day] of latest) {
    const arrival = day ?? addDays(first, hashOf(id) % DRIVE_DAYS);
    const list = byDay.get(arrival);
    if (list) list.push(id);
    else byDay.set(arrival, [id]);
  }
  return new Map([...byDay].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function hashOf(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return h;
}
