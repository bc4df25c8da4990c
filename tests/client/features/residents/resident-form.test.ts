import { describe, expect, it } from 'vitest';
import {
  birthAfterDose,
  newResidentFormValues,
  residentFormValues,
} from '@client/features/residents/data/resident-form';

describe('the head of household offered as the first resident', () => {
  it('pre-fills the name from the household and the relation "kepala"', () => {
    const values = newResidentFormValues(null, { headName: 'Budi Santoso' }, true);
    expect(values).toMatchObject({ name: 'Budi Santoso', relation: 'kepala', birthDate: '' });
  });

  it('leaves a later resident, and an existing one, as they are', () => {
    expect(newResidentFormValues(null, { headName: 'Budi' }, false)).toEqual(
      residentFormValues(null),
    );
  });
});

describe('birthAfterDose', () => {
  const doses = [
    { id: 'a', kind: 'dosis1' as const, product: 'coronavac' as const, date: '2021-08-10' },
  ];

  it('refuses a birth date after a recorded dose, in Indonesian', () => {
    expect(birthAfterDose('2021-09-01', doses)).toBe(
      'Dosis 1 (10-08-2021) tidak boleh sebelum tanggal lahir (01-09-2021).',
    );
    expect(birthAfterDose('1980-01-01', doses)).toBeNull();
    expect(birthAfterDose(null, doses)).toBeNull();
  });
});
