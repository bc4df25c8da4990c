import { ROLES, type Role } from '@shared/auth/roles';

/**
 * Who sees a household's change history (the server's audit trail). The server allows anyone
 * whose area holds the household; the app offers it to those who oversee others' work, not to
 * the relawan, whose screens stay about the next house.
 */
export const MAY_SEE_HISTORY: ReadonlySet<Role> = new Set(ROLES.filter((r) => r !== 'relawan'));
