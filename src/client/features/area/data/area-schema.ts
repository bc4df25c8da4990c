import { z } from 'zod';
import { areaShape } from '@shared/domain/common';

/** Kelurahan, RW and RT, with the same rules and messages as the records' own area. */
export const workingAreaSchema = z.object(areaShape);
