import type { z } from 'zod';
import { ENTITY_RULES, type EntityName } from './entities';

/** Field path (`birthDate`, `location.lat`) → first message for it, in Indonesian. */
export type FieldErrors = Record<string, string>;

export class ValidationError extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super(Object.values(fieldErrors).join(' '));
    this.name = 'ValidationError';
  }
}

export function toFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    errors[path] ??= issue.message;
  }
  return errors;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export function validate<T>(schema: z.ZodType<T>, input: unknown): Validated<T> {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, errors: toFieldErrors(result.error) };
}

/** Checks a whole record of an entity; throws `ValidationError` with per-field messages. */
export function assertValidRecord(entity: EntityName, fields: Record<string, unknown>): void {
  const result = validate(ENTITY_RULES[entity].schema, fields);
  if (!result.ok) throw new ValidationError(result.errors);
}
