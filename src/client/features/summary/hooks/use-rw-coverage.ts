import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@client/db/db';
import { readProgramme } from '@client/db/programme';
import { today } from '@client/ui/format';
import { computeCoverage, type CoverageByArea } from '@shared/domain/coverage';
import type { Area } from '@shared/wilayah/wilayah';
import { readRw } from '../data/read-rw';

/**
 * Coverage of the RW and of each of its RTs, from the records on this device, measured
 * against the kota's target as the last pull brought it (`target`).
 */
export function useRwCoverage(area: Area): (CoverageByArea & { target: number }) | undefined {
  const { kelurahanCode, rw, rt } = area;
  return useLiveQuery(async () => {
    const config = await readProgramme(db);
    const records = await readRw(db, { kelurahanCode, rw, rt });
    return { ...computeCoverage(records, today(), config), target: config.herdImmunityTarget };
  }, [kelurahanCode, rw, rt]);
}
