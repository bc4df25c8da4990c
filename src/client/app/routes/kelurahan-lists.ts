import { paths } from '@client/ui/paths';
import { HOLDS_FIELD_DATA, type Role } from '@shared/auth/roles';
import type { ViewerArea } from './viewer-home';

/**
 * Where a household of these lists opens: its page for those who hold the field data on
 * their phone (the ketua RW), else its history from the server (lurah, staf, admin kota).
 */
export const householdHref = (role: Role) => (id: string) =>
  HOLDS_FIELD_DATA.has(role) ? paths.household(id) : paths.householdHistory(id);

/** What a viewer gets of a kelurahan's list: sent home, sent to their own, or shown. */
export type KelurahanAccess =
  { go: 'home' } | { go: 'own'; code: string } | { go: 'show'; rw: number | null };

/**
 * The list the viewer may open for a kelurahan: every RW for the admin kota and the
 * kelurahan's lurah and staf, their own RW for a ketua RW; another kelurahan sends them to
 * their own (the server would refuse it), a relawan home.
 */
export function kelurahanAccess(area: ViewerArea, code: string): KelurahanAccess {
  if (!area) return { go: 'show', rw: null };
  if (area.role === 'relawan') return { go: 'home' };
  if (area.kelurahanCode !== code) return { go: 'own', code: area.kelurahanCode };
  return { go: 'show', rw: area.rw };
}
