import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@client/db/db';
import { today } from '@client/ui/format';
import { computeCoverage, type CoverageByArea } from '@shared/domain/coverage';
import type { Area } from '@shared/wilayah/wilayah';
import { readRw } from '../data/read-rw';

/** Coverage of the RW and of each of its RTs, from the records on this device. */
export function useRwCoverage(area: Area): CoverageByArea | undefined {
  const { kelurahanCode, rw, rt } = area;
  return useLiveQuery(
    async () => computeCoverage(await readRw(db, { kelurahanCode, rw, rt }), today()),
    [kelurahanCode, rw, rt],
  );
}
