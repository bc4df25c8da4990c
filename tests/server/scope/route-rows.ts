// How the authorization matrix reads the place of each row of an answer (route-table.ts).
import { strFromU8, unzipSync } from 'fflate';
import type { LightMyRequestResponse } from 'fastify';
import type { UserArea } from '@shared/auth/roles';
import type { WeeklyReport } from '@shared/coverage/api';
import type { ReconciliationList } from '@shared/reconciliation/api';

export const area = (
  kelurahanCode: string | null,
  rw: number | null = null,
  rt?: number,
): UserArea => ({
  kelurahanCode,
  rw,
  rts: rt === undefined ? [] : [rt],
});
export const placesOf = (
  rows: readonly { rw: number; rt: number }[],
  kelurahanCode: string,
): UserArea[] => rows.map((r) => area(kelurahanCode, r.rw, r.rt));
/** Kelurahan code and RW of each row of the report, as JSON, CSV or XLSX. */
export function reportRows(r: LightMyRequestResponse): UserArea[] {
  const type = String(r.headers['content-type']);
  if (type.startsWith('application/json')) {
    return r.json<WeeklyReport>().rows.map((row) => area(row.kelurahanCode, row.rw));
  }
  return fileCells(r)
    .slice(1)
    .map(([code, , rw]) =>
      area(String(code), rw === 'Total kelurahan' ? null : Number(String(rw).replace('RW ', ''))),
    );
}

/** Kelurahan, RW and RT of each resident of the reconciliation list, as JSON, CSV or XLSX. */
export function reconciliationRows(r: LightMyRequestResponse): UserArea[] {
  const type = String(r.headers['content-type']);
  if (type.startsWith('application/json')) {
    const list = r.json<ReconciliationList>();
    return placesOf(list.residents, list.kelurahanCode);
  }
  return fileCells(r)
    .slice(1)
    .map(([code, , rw, rt]) => area(String(code), Number(rw), Number(rt)));
}

/** The cells of a CSV or XLSX answer, row by row (the header first). */
function fileCells(r: LightMyRequestResponse): string[][] {
  return String(r.headers['content-type']).startsWith('text/csv')
    ? r.body
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n')
        .map((line) => line.split(','))
    : sheetRows(new Uint8Array(r.rawPayload));
}

/** The first cells of each row of an .xlsx's only sheet (inline strings and numbers). */
function sheetRows(bytes: Uint8Array): string[][] {
  const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
  return [...xml.matchAll(/<row [^>]*>(.*?)<\/row>/g)].map((row) =>
    [...row[1]!.matchAll(/<c [^>]*>(?:<is><t>|<v>)(.*?)<\/(?:t|v)>/g)].map((c) => c[1]!),
  );
}
