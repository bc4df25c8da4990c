import type { LocalResident } from '@client/db/schema';
import type { IsoDate } from '@shared/dates';
import {
  RELATION_LABELS,
  RESIDENCE_STATUS_LABELS,
  type Relation,
  type ResidenceStatus,
} from '@shared/domain/resident-fields';
import { ageOn } from '@shared/domain/vaccination';

/** A resident the search found, as shown under their house in the list. */
export type MatchedPerson = {
  id: string;
  name: string;
  nik: string | null;
  relation: Relation;
  age: number | null;
  /** Set when the resident no longer lives here (moved, died). */
  status: ResidenceStatus | null;
};

/** Found residents by household, heads first, then by name; deleted ones left out. */
export function matchedPeopleByHousehold(
  residents: readonly LocalResident[],
  today: IsoDate,
): Map<string, MatchedPerson[]> {
  const byHousehold = new Map<string, MatchedPerson[]>();
  for (const r of residents) {
    if (r.deleted) continue;
    const person: MatchedPerson = {
      id: r.id,
      name: r.name,
      nik: r.nik ?? null,
      relation: r.relation,
      age: ageOn(r, today),
      status: r.residenceStatus === 'aktif' ? null : r.residenceStatus,
    };
    const list = byHousehold.get(r.householdId);
    if (list) list.push(person);
    else byHousehold.set(r.householdId, [person]);
  }
  for (const list of byHousehold.values()) list.sort(headsFirst);
  return byHousehold;
}

const collator = new Intl.Collator('id');
const headsFirst = (a: MatchedPerson, b: MatchedPerson) =>
  Number(b.relation === 'kepala') - Number(a.relation === 'kepala') ||
  collator.compare(a.name, b.name);

/** "Kepala keluarga · 45 th", "Anak · 7 th · Pindah". */
export function describePerson(person: MatchedPerson): string {
  return [
    RELATION_LABELS[person.relation],
    person.age === null ? null : `${person.age} th`,
    person.status ? RESIDENCE_STATUS_LABELS[person.status] : null,
  ]
    .filter(Boolean)
    .join(' · ');
}
