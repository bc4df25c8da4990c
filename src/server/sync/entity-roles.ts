import { ROLE_LABELS, ROLES } from '@shared/auth/roles';
import { ENTITY_RULES, type EntityName } from '@shared/domain/entities';
import type { Mutation } from '@shared/sync/protocol';
import type { Actor } from './actor';
import type { Outcome } from './apply';

/**
 * Entities only some roles may write (`writableBy` in ENTITY_RULES: follow-ups are handed
 * out by staff). A mutation of such an entity from another role is rejected with a reason,
 * like any broken rule: it changes nothing and the queue behind it goes on. Without a
 * signed-in user the area policy (actor.ts) refuses it anyway.
 */
export function refuseEntityWrite(actor: Actor, m: Mutation): Outcome | null {
  const reason = refuseRole(actor, m.entity);
  if (!reason) return null;
  const kelurahanCode = m.values?.kelurahanCode;
  return {
    status: 'rejected',
    reason,
    kelurahanCode: typeof kelurahanCode === 'string' ? kelurahanCode : null,
  };
}

/** Why the actor's role may not write this entity (Indonesian), or null when it may. */
export function refuseRole(actor: Actor, entity: EntityName): string | null {
  const rule = ENTITY_RULES[entity];
  if (!rule.writableBy || !actor.user || rule.writableBy.has(actor.user.role)) return null;
  return `Data ${rule.label} hanya dapat diubah oleh ${rolesText(rule.writableBy)}.`;
}

/** "ketua RW, lurah, staf kelurahan, atau admin kota" */
function rolesText(roles: ReadonlySet<string>): string {
  const names = ROLES.filter((r) => roles.has(r)).map((r) =>
    ROLE_LABELS[r].replace(/^\w/, (c) => c.toLowerCase()),
  );
  return names.length > 1 ? `${names.slice(0, -1).join(', ')}, atau ${names.at(-1)}` : names[0]!;
}
