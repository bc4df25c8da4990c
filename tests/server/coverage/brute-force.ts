// The reference: every record read back from the database, and computeCoverage over them.
import type { Database } from '@server/db/database';
import { computeCoverage, type Coverage, type CoverageInput } from '@shared/domain/coverage';
import { isIsomanActive } from '@shared/domain/isoman-status';
import type { FastifyInstance } from 'fastify';
import { signIn } from '../helpers/sign-in';

const TABLES = {
  households: 'households',
  residents: 'residents',
  doses: 'doses',
  isoman: 'isoman',
  visits: 'visits',
} as const;

export async function readAll(db: Database): Promise<CoverageInput> {
  const input = {} as Record<keyof CoverageInput, unknown[]>;
  for (const [key, table] of Object.entries(TABLES)) {
    const rows = await db.query<{ id: string; fields: object; deleted: boolean }>(
      `SELECT id, fields, deleted FROM ${table}`,
    );
    input[key as keyof CoverageInput] = rows.map((r) => ({
      ...r.fields,
      id: r.id,
      hlc: {},
      deleted: r.deleted,
    }));
  }
  return input as unknown as CoverageInput;
}

export type Expected = {
  kelurahan: Map<string, ReturnType<typeof computeCoverage> & { clusters: Clusters }>;
};
type Clusters = { total: number; byRw: Map<number, number>; byRt: Map<string, number> };

/** computeCoverage per kelurahan, and the family clusters counted straight from the records. */
export function expected(input: CoverageInput, today: string): Expected {
  const codes = new Set([...input.households, ...input.residents].map((r) => r.kelurahanCode));
  const kelurahan = new Map<string, ReturnType<typeof computeCoverage> & { clusters: Clusters }>();
  for (const code of codes) {
    const only = <T extends { kelurahanCode: string }>(list: readonly T[]) =>
      list.filter((r) => r.kelurahanCode === code);
    const part: CoverageInput = {
      households: only(input.households),
      residents: only(input.residents),
      doses: only(input.doses),
      isoman: only(input.isoman),
      visits: only(input.visits),
    };
    kelurahan.set(code, { ...computeCoverage(part, today), clusters: clusters(part, today) });
  }
  return { kelurahan };
}

function clusters(input: CoverageInput, today: string): Clusters {
  const live = new Map(input.residents.filter((r) => !r.deleted).map((r) => [r.id, r]));
  const byHousehold = new Map<string, Set<string>>();
  for (const e of input.isoman) {
    if (!live.has(e.residentId) || !isIsomanActive(e, today)) continue;
    const set = byHousehold.get(e.householdId) ?? new Set();
    set.add(e.residentId);
    byHousehold.set(e.householdId, set);
  }
  const result: Clusters = { total: 0, byRw: new Map(), byRt: new Map() };
  for (const [householdId, residents] of byHousehold) {
    if (residents.size < 2) continue;
    const h = input.households.find((x) => x.id === householdId)!;
    result.total++;
    result.byRw.set(h.rw, (result.byRw.get(h.rw) ?? 0) + 1);
    const key = `${h.rw}/${h.rt}`;
    result.byRt.set(key, (result.byRt.get(key) ?? 0) + 1);
  }
  return result;
}

/** The Coverage part of an answer's row (without key, name, family clusters, recorded). */
export function coverageOf(row: Coverage & Record<string, unknown>): Coverage {
  const {
    key: _k,
    name: _n,
    familyClusters: _f,
    kecamatanCode: _c,
    kecamatanName: _m,
    recordedThisWeek: _r,
    ...rest
  } = row;
  return rest as Coverage;
}

/** GET as an admin kota; the answer's JSON. */
export async function getJson<T>(app: FastifyInstance, url: string): Promise<T> {
  const response = await app.inject({ method: 'GET', url, headers: await adminHeaders(app) });
  if (response.statusCode !== 200)
    throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json<T>();
}

/** The Authorization header of an admin kota (one per app; the tables are emptied per test). */
export function adminHeaders(app: FastifyInstance): Promise<{ authorization: string }> {
  return signIn(app, { role: 'admin-kota' }).then((s) => s.headers);
}
