import type {
  DoseRecord,
  HouseholdRecord,
  IsomanRecord,
  ResidentRecord,
  VisitRecord,
} from '../domain/entities';

/** The records of one RT (or, merged, of several), ready to store or to send. */
export type DemoBatch = {
  households: HouseholdRecord[];
  residents: ResidentRecord[];
  doses: DoseRecord[];
  isoman: IsomanRecord[];
  visits: VisitRecord[];
};

export function emptyBatch(): DemoBatch {
  return { households: [], residents: [], doses: [], isoman: [], visits: [] };
}
