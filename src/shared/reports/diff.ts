import type { WeeklyReportRow } from '../coverage/api';
import type { ReportField, RowChange } from './api';

const FIELDS: readonly ReportField[] = [
  'eligible',
  'dosis1',
  'lengkap',
  'booster',
  'pctLengkap',
  'lengkapChange',
  'pctLengkapChange',
  'recordedDosis1',
  'recordedLengkap',
  'recordedBooster',
  'visits',
  'activeIsoman',
  'newIsoman',
];

const rowKey = (r: WeeklyReportRow) => `${r.kelurahanCode}/${r.rw ?? ''}`;

/**
 * What changed from one version of a report to the next, row by row (the kelurahan total and
 * each RW): rows added, rows removed, and rows whose figures differ, with each figure before
 * and after. Rows that did not change are left out. In the order of `after`, removed rows last.
 */
export function diffReportRows(
  before: readonly WeeklyReportRow[],
  after: readonly WeeklyReportRow[],
): RowChange[] {
  const old = new Map(before.map((r) => [rowKey(r), r]));
  const changes: RowChange[] = [];
  for (const row of after) {
    const was = old.get(rowKey(row));
    old.delete(rowKey(row));
    const fields = FIELDS.filter((f) => !was || was[f] !== row[f]).map((field) => ({
      field,
      before: was ? was[field] : null,
      after: row[field],
    }));
    if (fields.length === 0) continue;
    changes.push({
      kelurahanCode: row.kelurahanCode,
      rw: row.rw,
      kind: was ? 'changed' : 'added',
      fields,
    });
  }
  for (const row of old.values()) {
    changes.push({
      kelurahanCode: row.kelurahanCode,
      rw: row.rw,
      kind: 'removed',
      fields: FIELDS.map((field) => ({ field, before: row[field], after: null })),
    });
  }
  return changes;
}
