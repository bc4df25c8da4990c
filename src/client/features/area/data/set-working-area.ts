import { db as appDb, type PintuDb } from '@client/db/db';
import { validate, ValidationError } from '@shared/domain/validation';
import type { Area } from '@shared/wilayah/wilayah';
import { workingAreaSchema } from './area-schema';
import { AREA_KEY, writeAreaMirror } from './working-area';

/** Stores the working area after checking it with the records' own area rules. */
export async function setWorkingArea(area: Area, database: PintuDb = appDb): Promise<Area> {
  const result = validate(workingAreaSchema, area);
  if (!result.ok) throw new ValidationError(result.errors);
  await database.meta.put({ key: AREA_KEY, value: result.value });
  writeAreaMirror(result.value);
  return result.value;
}
