import { describe, expect, it } from 'vitest';
import { askedRw, rwOptions } from '@client/features/isoman/data/rw-filter';
import type { IsomanList, IsomanPatient } from '@shared/isoman/api';

const patient = (rw: number, id: string): IsomanPatient => ({
  id,
  residentId: `r-${id}`,
  name: 'Warga',
  age: 40,
  householdId: `h-${id}`,
  headName: 'Kepala',
  address: 'Jl. Melati 1',
  rw,
  rt: 1,
  startDate: '2021-08-01',
  expectedEndDate: '2021-08-11',
  day: 3,
  days: 10,
  cluster: false,
});

const list = (rws: number[]): IsomanList => ({
  asOf: '2021-08-03T02:00:00.000Z',
  today: '2021-08-03',
  kelurahanCode: '32.75.01.1001',
  name: 'Bekasi Jaya',
  rw: null,
  patients: rws.map((rw, i) => patient(rw, String(i))),
  clusters: [],
});

describe('the isoman list by RW', () => {
  it('reads the RW asked in the URL, and the whole kelurahan for anything else', () => {
    expect(askedRw('3')).toBe(3);
    expect(askedRw('99')).toBe(99);
    for (const bad of [null, '', '0', '100', '2.5', 'abc', '-1']) expect(askedRw(bad)).toBeNull();
  });

  it('offers the RWs with a patient, once each and in order, and the RW shown', () => {
    expect(rwOptions(list([7, 2, 7, 11]), null)).toEqual([2, 7, 11]);
    expect(rwOptions(list([7, 2]), 5)).toEqual([2, 5, 7]);
  });

  it('offers only the RW shown before the whole list has been read', () => {
    expect(rwOptions(undefined, 4)).toEqual([4]);
    expect(rwOptions(undefined, null)).toEqual([]);
  });
});
