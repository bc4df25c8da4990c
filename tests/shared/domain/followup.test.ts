import { describe, expect, it } from 'vitest';
import { ENTITY_RULES } from '@shared/domain/entities';
import { followupSchema } from '@shared/domain/followup';
import { isFollowupDone, isFollowupOpen, type FollowupLike } from '@shared/domain/followup-status';
import { toFieldErrors } from '@shared/domain/validation';

const household = '01937a00-0000-7000-8000-000000000001';
const resident = '01937a00-0000-7000-8000-000000000002';
const other = '01937a00-0000-7000-8000-000000000003';
const volunteer = '01937a00-0000-7000-8000-0000000000aa';

const given = '2026-11-20T10:00:00+07:00';
const toVaccinate: FollowupLike = {
  kind: 'belum-vaksin',
  householdId: household,
  residentId: resident,
  createdAt: given,
};
const revisit: FollowupLike = { kind: 'kunjungan-ulang', householdId: household, createdAt: given };
const dose = (extra: Record<string, unknown> = {}) => ({
  residentId: resident,
  kind: 'dosis1' as const,
  product: 'coronavac' as const,
  ...extra,
});

describe('follow-up schema', () => {
  const valid = {
    householdId: household,
    residentId: resident,
    kelurahanCode: '32.75.01.1001',
    rw: 1,
    rt: 2,
    kind: 'belum-vaksin',
    assignedTo: volunteer,
    assignedToName: 'Siti Aminah',
    createdAt: given,
  };

  it('accepts a follow-up of a resident and a household revisit', () => {
    expect(followupSchema.safeParse(valid).success).toBe(true);
    const { residentId: _r, ...house } = valid;
    expect(followupSchema.safeParse({ ...house, kind: 'kunjungan-ulang' }).success).toBe(true);
  });

  it('says in Indonesian what is missing', () => {
    const { residentId: _r, ...noResident } = valid;
    const r1 = followupSchema.safeParse(noResident);
    expect(r1.success).toBe(false);
    expect(toFieldErrors(r1.error!)).toEqual({
      residentId: 'Warga wajib dipilih untuk tindak lanjut belum vaksin.',
    });
    const r2 = followupSchema.safeParse({ ...valid, assignedToName: ' ', kind: 'lain' });
    expect(Object.values(toFieldErrors(r2.error!))).toEqual(
      expect.arrayContaining(['Nama relawan wajib diisi.', 'Jenis tindak lanjut wajib dipilih.']),
    );
  });

  it('is written only by staff, under a household', () => {
    const rule = ENTITY_RULES.followup;
    expect(rule.parent).toEqual({ entity: 'household', field: 'householdId' });
    expect(rule.writableBy?.has('relawan')).toBe(false);
    expect(rule.writableBy?.has('lurah')).toBe(true);
    expect(rule.writableBy?.has('ketua-rw')).toBe(true);
  });
});

describe('when a follow-up is done', () => {
  it('belum vaksin: open until the resident has a live dose', () => {
    expect(isFollowupDone(toVaccinate, { doses: [], visits: [] })).toBe(false);
    expect(isFollowupDone(toVaccinate, { doses: [dose()], visits: [] })).toBe(true);
  });

  it('belum vaksin: a voided dose, or another resident’s dose, does not close it', () => {
    const facts = { doses: [dose({ deleted: true }), dose({ residentId: other })], visits: [] };
    expect(isFollowupDone(toVaccinate, facts)).toBe(false);
    expect(isFollowupOpen(toVaccinate, facts)).toBe(true);
  });

  it('kunjungan ulang: closed by a visit at or after it was given, not by an earlier one', () => {
    const before = { householdId: household, at: '2026-11-20T02:59:59Z' };
    const same = { householdId: household, at: '2026-11-20T03:00:00Z' };
    expect(isFollowupDone(revisit, { doses: [], visits: [before] })).toBe(false);
    expect(isFollowupDone(revisit, { doses: [], visits: [same] })).toBe(true);
    expect(isFollowupDone(revisit, { doses: [], visits: [{ ...same, householdId: other }] })).toBe(
      false,
    );
  });

  it('kunjungan ulang: a revisit that found nobody home, or was refused, does not close it', () => {
    const at = '2026-11-21T03:00:00Z';
    for (const outcome of ['tidak-ada-orang', 'menolak-didata'] as const) {
      const visit = { householdId: household, at, outcome };
      expect(isFollowupDone(revisit, { doses: [], visits: [visit] })).toBe(false);
    }
    const met = { householdId: household, at, outcome: 'ditemui' as const };
    expect(isFollowupDone(revisit, { doses: [], visits: [met] })).toBe(true);
  });

  it('a cancelled follow-up, or one whose resident is gone, is not open', () => {
    expect(isFollowupOpen({ ...toVaccinate, deleted: true }, { doses: [], visits: [] })).toBe(
      false,
    );
    expect(isFollowupOpen(toVaccinate, { doses: [], visits: [], gone: true })).toBe(false);
  });
});
