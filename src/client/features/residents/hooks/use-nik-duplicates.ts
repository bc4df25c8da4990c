import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@client/db/db';
import { findNikDuplicates, type NikDuplicate } from '../data/nik-duplicates';

/** Other residents with this NIK, checked as soon as 16 digits are typed. */
export function useNikDuplicates(nik: string, residentId: string | null): NikDuplicate[] {
  const clean = nik.replace(/\s/g, '');
  return useLiveQuery(() => findNikDuplicates(db, clean, residentId), [clean, residentId], []);
}
