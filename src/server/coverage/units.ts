import type { EntityName } from '@shared/domain/entities';
import type { Queryable } from '../db/database';
import type { HouseholdUnit } from './household-state';

type UnitRow = {
  entity: EntityName;
  id: string;
  kelurahan_code: string;
  rw: number;
  rt: number;
  household_id: string;
  fields: Record<string, unknown>;
  deleted: boolean;
};

const CHILDREN: [EntityName, string][] = [
  ['resident', 'residents'],
  ['dose', 'doses'],
  ['isoman', 'isoman'],
  ['visit', 'visits'],
];

/**
 * The fields coverage reads of each child (the area and household come from columns): only
 * these travel, not names, notes and clocks.
 */
const FIELDS_READ: Record<string, readonly string[]> = {
  resident: ['residenceStatus', 'birthDate', 'ageYears', 'ageAsOf', 'notVaccinatedReason'],
  dose: ['residentId', 'kind', 'product', 'date', 'proof'],
  isoman: ['residentId', 'startDate', 'outcome', 'outcomeDate'],
  visit: ['at', 'outcome', 'revisitNeeded'],
};

function fieldsRead(entity: EntityName, alias: string): string {
  const pairs = FIELDS_READ[entity]!.map((f) => `'${f}', ${alias}.fields->'${f}'`);
  return `jsonb_build_object(${pairs.join(', ')})`;
}

/**
 * The households with these ids and every record under them, in one statement: the
 * household by its key, its children through the (kelurahan_code, household_id) indexes. The
 * lookups are laterals behind OFFSET 0, so they stay index lookups per household even where
 * the planner has no statistics yet (a fresh PGlite) and would rather scan whole tables.
 */
export async function readUnitsById(tx: Queryable, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return unitsOf(
    await tx.query<UnitRow>(
      `WITH h AS MATERIALIZED (
         SELECT x.* FROM unnest($1::uuid[]) AS u(id) CROSS JOIN LATERAL (
           SELECT id, kelurahan_code, rw, rt, deleted FROM households
           WHERE id = u.id OFFSET 0) x)
       SELECT 'household' AS entity, id, kelurahan_code, rw, rt, id AS household_id,
         '{}'::jsonb AS fields, deleted
       FROM h
       ${CHILDREN.map(
         ([entity, table]) => `UNION ALL
         SELECT '${entity}', c.id, c.kelurahan_code, c.rw, c.rt, c.household_id,
           ${fieldsRead(entity, 'c')}, c.deleted
         FROM h CROSS JOIN LATERAL (SELECT * FROM ${table} c
           WHERE c.kelurahan_code = h.kelurahan_code AND c.household_id = h.id OFFSET 0) c`,
       ).join('\n')}`,
      [ids],
    ),
  );
}

/** Every household of a kelurahan with its records (a rebuild), in one statement. */
export async function readUnitsOfKelurahan(tx: Queryable, kelurahanCode: string) {
  return unitsOf(
    await tx.query<UnitRow>(
      `SELECT 'household' AS entity, id, kelurahan_code, rw, rt, id AS household_id,
         '{}'::jsonb AS fields, deleted
       FROM households WHERE kelurahan_code = $1
       ${CHILDREN.map(
         ([entity, table]) => `UNION ALL
         SELECT '${entity}', id, kelurahan_code, rw, rt, household_id, ${fieldsRead(entity, 't')},
           deleted
         FROM ${table} t WHERE kelurahan_code = $1`,
       ).join('\n')}`,
      [kelurahanCode],
    ),
  );
}

function unitsOf(rows: readonly UnitRow[]): HouseholdUnit[] {
  const units = new Map<string, HouseholdUnit>();
  for (const row of rows) {
    if (row.entity !== 'household') continue;
    const household = {
      id: row.id,
      hlc: {},
      deleted: row.deleted,
      kelurahanCode: row.kelurahan_code,
      rw: row.rw,
      rt: row.rt,
    } as HouseholdUnit['household'];
    units.set(row.id, { household, residents: [], doses: [], isoman: [], visits: [] });
  }
  for (const row of rows) {
    if (row.entity === 'household') continue;
    const unit = units.get(row.household_id);
    if (!unit) continue; // a child whose household is in another kelurahan: not possible
    const record = {
      ...row.fields,
      kelurahanCode: row.kelurahan_code,
      rw: row.rw,
      rt: row.rt,
      householdId: row.household_id,
      id: row.id,
      hlc: {},
      deleted: row.deleted,
    };
    if (row.entity === 'resident') unit.residents.push(record as HouseholdUnit['residents'][0]);
    else if (row.entity === 'dose') unit.doses.push(record as HouseholdUnit['doses'][0]);
    else if (row.entity === 'isoman') unit.isoman.push(record as HouseholdUnit['isoman'][0]);
    else unit.visits.push(record as HouseholdUnit['visits'][0]);
  }
  return [...units.values()];
}
