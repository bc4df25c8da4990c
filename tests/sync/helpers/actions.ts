import fc from 'fast-check';
import { uuidv7 } from '@shared/ids';
import { ChangeRefusedError, type LocalChange } from '@client/db/commit';
import { ValidationError } from '@shared/domain/validation';
import type { ClientDevice } from './client-device';

/** What a volunteer does on a phone in the convergence test. `target` picks a record. */
export type Action =
  | { kind: 'edit-household'; device: number; target: number; field: string; value: string }
  | { kind: 'add-resident'; device: number; target: number; name: string }
  | { kind: 'edit-resident'; device: number; target: number; name: string }
  | { kind: 'resident-age'; device: number; target: number; values: Record<string, unknown> }
  | { kind: 'delete-resident'; device: number; target: number }
  | { kind: 'delete-household'; device: number; target: number }
  | { kind: 'dose'; device: number; target: number }
  | { kind: 'visit'; device: number; target: number }
  | { kind: 'sync'; device: number; target: number; loseAt: number; pullAnyway: boolean }
  | { kind: 'pull'; device: number; target: number };

const device = fc.nat({ max: 7 });
const target = fc.nat({ max: 20 });
const name = fc.constantFrom('Dewi Lestari', 'Rudi Hartono', 'Nur Aisyah', 'Joko Susilo', 'Rina');

const householdEdit = fc.oneof(
  fc.record({ field: fc.constant('headName'), value: fc.constantFrom('Ahmad', 'Wati', 'Slamet') }),
  fc.record({ field: fc.constant('street'), value: fc.constantFrom('Jl. Mawar', 'Gg. Haji Naim') }),
  fc.record({ field: fc.constant('houseNumber'), value: fc.constantFrom('1A', '17', 'C3/9') }),
  fc.record({ field: fc.constant('note'), value: fc.constantFrom('pagar hijau', 'dekat musala') }),
);

/** A resident needs a birth date or an age: clearing one on each of two phones is refused. */
const ageEdit = fc.constantFrom<Record<string, unknown>>(
  { birthDate: null },
  { ageYears: null },
  { ageYears: 41 },
  { birthDate: '1984-02-03' },
);

export const actionArbitrary: fc.Arbitrary<Action> = fc.oneof(
  {
    arbitrary: fc.record({ device, target, edit: householdEdit }).map((a) => ({
      kind: 'edit-household' as const,
      device: a.device,
      target: a.target,
      ...a.edit,
    })),
    weight: 2,
  },
  fc.record({ kind: fc.constant('add-resident' as const), device, target, name }),
  fc.record({ kind: fc.constant('edit-resident' as const), device, target, name }),
  fc.record({ kind: fc.constant('resident-age' as const), device, target, values: ageEdit }),
  fc.record({ kind: fc.constant('delete-resident' as const), device, target }),
  {
    arbitrary: fc.record({ kind: fc.constant('delete-household' as const), device, target }),
    weight: 1,
  },
  fc.record({ kind: fc.constant('dose' as const), device, target }),
  fc.record({ kind: fc.constant('visit' as const), device, target }),
  // Sync is common, and one in three loses the answer to its 1st, 2nd or 3rd request; a phone
  // may pull although its push went unanswered (another tab, the service worker), or only pull.
  {
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      device,
      target,
      loseAt: fc.nat({ max: 3 }),
      pullAnyway: fc.boolean(),
    }),
    weight: 3,
  },
  fc.record({ kind: fc.constant('pull' as const), device, target }),
);

type Area = { kelurahanCode: string; rw: number; rt: number };

/**
 * Does what the action says on a phone, through the app's write path. A change the phone
 * itself refuses (its household already deleted there) is what the form would refuse: nothing.
 */
export async function perform(
  device: ClientDevice,
  action: Action,
  households: string[],
  area: Area,
) {
  const householdId = households[action.target % households.length]!;
  const residents = (await device.db.residents.toArray()).filter((r) => !r.deleted);
  const resident = residents[action.target % Math.max(1, residents.length)];
  const change = changeFor(action, householdId, resident, area);
  if (!change) return;
  try {
    await device.commit([change]);
  } catch (error) {
    if (!(error instanceof ChangeRefusedError || error instanceof ValidationError)) throw error;
  }
}

function changeFor(
  action: Action,
  householdId: string,
  resident: { id: string; householdId: string } | undefined,
  area: Area,
): LocalChange | null {
  switch (action.kind) {
    case 'edit-household':
      return {
        entity: 'household',
        op: 'put',
        id: householdId,
        values: { [action.field]: action.value },
      };
    case 'delete-household':
      return { entity: 'household', op: 'delete', id: householdId };
    case 'add-resident':
      return {
        entity: 'resident',
        op: 'put',
        id: uuidv7(),
        values: {
          householdId,
          ...area,
          name: action.name,
          ageYears: 30,
          birthDate: '1991-06-01',
          sex: 'L',
          relation: 'anak',
          ktpElsewhere: false,
          residenceStatus: 'aktif',
        },
      };
    case 'edit-resident':
      return resident
        ? { entity: 'resident', op: 'put', id: resident.id, values: { name: action.name } }
        : null;
    case 'resident-age':
      return resident
        ? { entity: 'resident', op: 'put', id: resident.id, values: action.values }
        : null;
    case 'delete-resident':
      return resident ? { entity: 'resident', op: 'delete', id: resident.id } : null;
    case 'dose':
      if (!resident) return null;
      return {
        entity: 'dose',
        op: 'put',
        id: uuidv7(),
        values: {
          residentId: resident.id,
          householdId: resident.householdId,
          ...area,
          kind: 'dosis1',
          date: '2021-08-17',
          product: 'coronavac',
        },
      };
    case 'visit':
      return {
        entity: 'visit',
        op: 'put',
        id: uuidv7(),
        values: {
          householdId,
          ...area,
          at: new Date().toISOString(),
          outcome: 'ditemui',
          revisitNeeded: false,
        },
      };
    default:
      return null;
  }
}
