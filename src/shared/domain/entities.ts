import type { z } from 'zod';
import type { Role } from '../auth/roles';
import type { Hlc } from '../sync/hlc';
import { DOSE_PROOF_FIELDS, doseSchema, type DoseFields } from './dose';
import { followupSchema, type FollowupFields } from './followup';
import { householdSchema, type HouseholdFields } from './household';
import { isomanSchema, type IsomanFields } from './isoman';
import { residentSchema, type ResidentFields } from './resident';
import { visitSchema, type VisitFields } from './visit';

/** The records volunteers create in the field, and that sync carries. */
export const ENTITY_NAMES = [
  'household',
  'resident',
  'isoman',
  'dose',
  'visit',
  'followup',
] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

/**
 * The schema version (SCHEMA_VERSION) that brought each entity after the first. An app of an
 * older version has no table for it, so its pulls leave it out.
 */
export const ENTITY_SINCE: Partial<Record<EntityName, number>> = { followup: 2 };

/** The entities an app of this schema version knows. */
export function entitiesOfVersion(version: number): EntityName[] {
  return ENTITY_NAMES.filter((e) => (ENTITY_SINCE[e] ?? 1) <= version);
}

export type EntityRule = {
  schema: z.ZodObject;
  /** Events are written once and never edited (visits, doses). */
  appendOnly: boolean;
  /** Fields of an append-only record that may still be set later (a dose's proof). */
  amendable?: readonly string[];
  /** Whether the record may be deleted (a tombstone). Visits may not: they are history. */
  deletable: boolean;
  /** The record this one belongs to, by which field; its area must be the parent's. */
  parent?: { entity: EntityName; field: string };
  /** Singular Indonesian noun, for messages. */
  label: string;
  /** Only these roles may write it (absent: every role that may write the area). */
  writableBy?: ReadonlySet<Role>;
};

export const ENTITY_RULES: Record<EntityName, EntityRule> = {
  household: { schema: householdSchema, appendOnly: false, deletable: true, label: 'rumah tangga' },
  resident: {
    schema: residentSchema,
    appendOnly: false,
    deletable: true,
    parent: { entity: 'household', field: 'householdId' },
    label: 'warga',
  },
  isoman: {
    schema: isomanSchema,
    appendOnly: false,
    deletable: true,
    parent: { entity: 'resident', field: 'residentId' },
    label: 'isoman',
  },
  dose: {
    schema: doseSchema,
    appendOnly: true,
    // A certificate seen after the dose was recorded is added to it; nothing else changes.
    amendable: DOSE_PROOF_FIELDS,
    deletable: true,
    parent: { entity: 'resident', field: 'residentId' },
    label: 'dosis vaksin',
  },
  visit: {
    schema: visitSchema,
    appendOnly: true,
    deletable: false,
    parent: { entity: 'household', field: 'householdId' },
    label: 'kunjungan',
  },
  followup: {
    schema: followupSchema,
    appendOnly: false,
    deletable: true,
    parent: { entity: 'household', field: 'householdId' },
    label: 'tindak lanjut',
    // Staff hand out follow-ups; volunteers work them off by recording doses and visits.
    writableBy: new Set(['ketua-rw', 'lurah', 'staf-kelurahan', 'admin-kota']),
  },
};

/** What every synced record carries beside its fields. */
export type RecordMeta = {
  id: string;
  /** HLC of the last write of each field (and of `deleted`). */
  hlc: Record<string, Hlc>;
  /** A tombstone: the record was deleted and stays deleted. */
  deleted?: boolean;
};

export type HouseholdRecord = RecordMeta & HouseholdFields;
export type ResidentRecord = RecordMeta & ResidentFields;
export type IsomanRecord = RecordMeta & IsomanFields;
export type DoseRecord = RecordMeta & DoseFields;
export type VisitRecord = RecordMeta & VisitFields;
export type FollowupRecord = RecordMeta & FollowupFields;

export type EntityRecord = {
  household: HouseholdRecord;
  resident: ResidentRecord;
  isoman: IsomanRecord;
  dose: DoseRecord;
  visit: VisitRecord;
  followup: FollowupRecord;
};

export type EntityFields = {
  household: HouseholdFields;
  resident: ResidentFields;
  isoman: IsomanFields;
  dose: DoseFields;
  visit: VisitFields;
  followup: FollowupFields;
};

/** The fields of a record without its sync metadata. */
export function fieldsOf(record: RecordMeta & Record<string, unknown>): Record<string, unknown> {
  const { id: _id, hlc: _hlc, deleted: _deleted, ...fields } = record;
  return fields;
}

const FIELD_NAMES = Object.fromEntries(
  ENTITY_NAMES.map((e) => [e, new Set(Object.keys(ENTITY_RULES[e].schema.shape))]),
) as unknown as Record<EntityName, ReadonlySet<string>>;

/** The fields an entity has (its schema's keys); anything else in a change is ignored. */
export function entityFieldNames(entity: EntityName): ReadonlySet<string> {
  return FIELD_NAMES[entity];
}
