import { describe, expect, it } from 'vitest';
import { ChangeRefusedError } from '@client/db/commit';
import { RESIDENT_FORM_FIELDS } from '@client/features/residents/data/resident-form';
import { errorsFromSave, splitErrors } from '@client/ui/use-form-state';
import { residentSchema } from '@shared/domain/resident';
import { validate, ValidationError } from '@shared/domain/validation';

describe('form error mapping', () => {
  it('puts each schema message beside its field, and the rest at the top of the form', () => {
    const result = validate(residentSchema, {
      householdId: 'not-an-id',
      kelurahanCode: '32.75.01.1001',
      rw: 3,
      rt: 5,
      name: 'S',
      nik: '1234',
      sex: 'X',
      ktpElsewhere: false,
      residenceStatus: 'aktif',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const { byField, other } = splitErrors(result.errors, RESIDENT_FORM_FIELDS);
    expect(byField).toEqual({
      name: 'Nama paling sedikit 2 karakter.',
      nik: 'NIK harus 16 angka.',
      sex: 'Jenis kelamin wajib dipilih.',
      relation: 'Hubungan dengan kepala keluarga wajib dipilih.',
    });
    expect(other).toEqual(['ID tidak valid.']);
  });

  it('says an empty or blank name is required, not that it is too short', () => {
    const base = {
      householdId: '01a06648-58d6-7645-96cb-93348ccc980b',
      kelurahanCode: '32.75.01.1001',
      rw: 3,
      rt: 5,
      nik: null,
      sex: 'P',
      relation: 'istri',
      ktpElsewhere: false,
      residenceStatus: 'aktif',
    };
    for (const name of ['', '   ']) {
      const result = validate(residentSchema, { ...base, name });
      expect(result.ok ? {} : result.errors).toMatchObject({ name: 'Nama wajib diisi.' });
    }
    const short = validate(residentSchema, { ...base, name: 'S' });
    expect(short.ok ? {} : short.errors).toMatchObject({ name: 'Nama paling sedikit 2 karakter.' });
  });

  it('maps a nested path (location.lat) to its field', () => {
    expect(splitErrors({ 'location.lat': 'x' }, ['location'])).toEqual({
      byField: { location: 'x' },
      other: [],
    });
  });

  it('turns a failed save into messages: per field, refused, or a storage failure', () => {
    expect(errorsFromSave(new ValidationError({ nik: 'NIK harus 16 angka.' }))).toEqual({
      nik: 'NIK harus 16 angka.',
    });
    expect(errorsFromSave(new ChangeRefusedError('Data warga sudah dihapus.'))).toEqual({
      _: 'Data warga sudah dihapus.',
    });
    expect(errorsFromSave(new Error('QuotaExceededError'))._).toMatch(
      /^Gagal menyimpan di perangkat/,
    );
  });
});
