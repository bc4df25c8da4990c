import { describe, expect, it } from 'vitest';
import { fieldChanges } from '@client/features/changes/data/describe-change';
import type { ChangeLogEntry } from '@shared/changes/api';

const entry = (old: Record<string, unknown> | null, next: Record<string, unknown>) =>
  ({
    at: '2026-12-02T07:00:00.000Z',
    entity: 'resident',
    entityId: '0193a0b0-0000-7000-8000-000000000001',
    user: null,
    deviceId: 'd1',
    old,
    new: next,
    householdId: '0193a0b0-0000-7000-8000-000000000002',
    rw: 3,
    rt: 5,
    address: 'Jl. Melati No. 12',
  }) satisfies ChangeLogEntry;

describe('fieldChanges in the change log', () => {
  it('shows a NIK masked, before and after, and other fields as they are', () => {
    const changes = fieldChanges(
      entry({ nik: '3275015003850001' }, { nik: '3275015003850009', name: 'Siti Aminah' }),
    );
    expect(changes).toEqual([
      { label: 'NIK', before: '3275••••••••0001', after: '3275••••••••0009' },
      { label: expect.any(String), before: null, after: 'Siti Aminah' },
    ]);
  });
});
