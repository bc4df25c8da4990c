import { describe, expect, it } from 'vitest';
import {
  changedKeys,
  changedRecordFields,
  changedUnderneath,
  editFields,
  followLive,
  shownValues,
} from '@client/ui/form-baseline';

type Values = { name: string; phone: string; tags: string[] };
const opened: Values = { name: 'Budi Santoso', phone: '', tags: [] };
const fresh = () => ({ start: opened, edited: opened });

describe('a form against a record that changes while it is open', () => {
  it('shows the live record in the fields the volunteer did not change, and theirs elsewhere', () => {
    const state = editFields(fresh(), opened, { phone: '0812' });
    const live = { ...opened, name: 'Budi S.' };
    expect(shownValues(state, live)).toEqual({ name: 'Budi S.', phone: '0812', tags: [] });
    expect(changedKeys(state)).toEqual(['phone']);
    expect(changedUnderneath(state, live)).toEqual({});
  });

  it('counts a field typed back to its first value as untouched', () => {
    const state = editFields(editFields(fresh(), opened, { name: 'Budi' }), opened, {
      name: 'Budi Santoso',
    });
    expect(changedKeys(state)).toEqual([]);
    expect(shownValues(state, { ...opened, name: 'Budi S.' }).name).toBe('Budi S.');
  });

  it('compares lists and objects by value', () => {
    expect(changedKeys(editFields(fresh(), opened, { tags: [] }))).toEqual([]);
    expect(changedKeys(editFields(fresh(), opened, { tags: ['a'] }))).toEqual(['tags']);
  });

  it('names a field the volunteer changed that changed underneath, with the live value', () => {
    const state = editFields(fresh(), opened, { name: 'Budi Santoso Jr' });
    const live = { ...opened, name: 'Budi Sutrisno' };
    expect(shownValues(state, live).name).toBe('Budi Santoso Jr');
    expect(changedUnderneath(state, live)).toEqual({ name: 'Budi Sutrisno' });
    // The same value on both phones is no conflict.
    expect(changedUnderneath(state, { ...opened, name: 'Budi Santoso Jr' })).toEqual({});
    // Taking the other value: the field follows the live record again and is not saved.
    const taken = followLive(state, 'name');
    expect(shownValues(taken, live).name).toBe('Budi Sutrisno');
    expect(changedKeys(taken)).toEqual([]);
  });

  it('starts a field from the live value when the volunteer edits it after it changed', () => {
    const live = { ...opened, name: 'Budi S.' };
    // The volunteer sees "Budi S." (the pulled name) and adds to it: no warning, and the
    // save compares with what they saw.
    const state = editFields(fresh(), live, { name: 'Budi S. Jr' });
    expect(state.start.name).toBe('Budi S.');
    expect(changedUnderneath(state, live)).toEqual({});
    expect(changedKeys(state)).toEqual(['name']);
  });

  it('shows the values as edited when there is no live record (a new one)', () => {
    const state = editFields(fresh(), undefined, { phone: '0812' });
    expect(shownValues(state)).toEqual({ ...opened, phone: '0812' });
    expect(changedUnderneath(state, undefined)).toEqual({});
  });
});

describe('changedRecordFields', () => {
  it('keeps only the fields whose value moved; a new record is written whole', () => {
    const before = { name: 'Budi', phone: null, location: { lat: 1, lng: 2 } };
    const after = { name: 'Budi', phone: '0812', location: { lat: 1, lng: 2 } };
    expect(changedRecordFields(before, after)).toEqual({ phone: '0812' });
    expect(changedRecordFields(null, after)).toEqual(after);
    // A missing value and null are the same empty box.
    expect(changedRecordFields({ note: null }, { note: undefined })).toEqual({});
  });
});
