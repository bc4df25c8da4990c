import fc from 'fast-check';

/** What a volunteer does on a phone in the convergence test. `target` picks a record. */
export type Action =
  | { kind: 'edit-household'; device: number; target: number; field: string; value: string }
  | { kind: 'add-resident'; device: number; target: number; name: string }
  | { kind: 'edit-resident'; device: number; target: number; name: string }
  | { kind: 'delete-resident'; device: number; target: number }
  | { kind: 'visit'; device: number; target: number }
  | { kind: 'sync'; device: number; target: number; loseAt: number };

const device = fc.nat({ max: 7 });
const target = fc.nat({ max: 20 });
const name = fc.constantFrom('Dewi Lestari', 'Rudi Hartono', 'Nur Aisyah', 'Joko Susilo', 'Rina');

const householdEdit = fc.oneof(
  fc.record({ field: fc.constant('headName'), value: fc.constantFrom('Ahmad', 'Wati', 'Slamet') }),
  fc.record({ field: fc.constant('street'), value: fc.constantFrom('Jl. Mawar', 'Gg. Haji Naim') }),
  fc.record({ field: fc.constant('houseNumber'), value: fc.constantFrom('1A', '17', 'C3/9') }),
  fc.record({ field: fc.constant('note'), value: fc.constantFrom('pagar hijau', 'dekat musala') }),
);

export const actionArbitrary: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ device, target, edit: householdEdit }).map(({ device, target, edit }) => ({
    kind: 'edit-household' as const,
    device,
    target,
    ...edit,
  })),
  fc.record({ kind: fc.constant('add-resident' as const), device, target, name }),
  fc.record({ kind: fc.constant('edit-resident' as const), device, target, name }),
  fc.record({ kind: fc.constant('delete-resident' as const), device, target }),
  fc.record({ kind: fc.constant('visit' as const), device, target }),
  // Sync is common, and one in three loses the answer to its 1st, 2nd or 3rd request.
  fc.record({ kind: fc.constant('sync' as const), device, target, loseAt: fc.nat({ max: 3 }) }),
  fc.record({ kind: fc.constant('sync' as const), device, target, loseAt: fc.constant(0) }),
);
