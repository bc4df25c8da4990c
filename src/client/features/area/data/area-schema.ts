import { z } from 'zod';
import { areaShape } from '@shared/domain/common';
import { validate } from '@shared/domain/validation';

/** Kelurahan, RW and RT, with the same rules and messages as the records' own area. */
export const workingAreaSchema = z.object(areaShape);

/** The area form's check, imported only when the volunteer saves (keeps zod off this screen). */
export function checkWorkingArea(area: unknown) {
  return validate(workingAreaSchema, area);
}
