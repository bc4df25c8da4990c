// The reconciliation list through the HTTP API, with real tokens of each role: residents whose
// doses are stated only (no proof, or `ucapan`) and residents whose certificate QR disagrees;
// proven doses, deleted doses and residents, residents who moved away are not in it. Every row
// of every answer is read and checked against the caller's area; the export holds the whole NIK
// for the lurah and staf only.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Role, UserArea } from '@shared/auth/roles';
import { uuidv7 } from '@shared/ids';
import type { ReconciliationList } from '@shared/reconciliation/api';
import type { Mutation } from '@shared/sync/protocol';
import { useApp } from '../helpers/app';
import { DATABASES } from '../helpers/databases';
import {
  AREA,
  doseValues,
  KELURAHAN,
  OTHER_KELURAHAN,
  TestDevice,
  type Area,
} from '../helpers/device';
import { signIn } from '../helpers/sign-in';

const RW4: Area = { ...AREA, rw: 4, rt: 1 };
const RT6: Area = { ...AREA, rt: 6 };
const ELSEWHERE: Area = { kelurahanCode: OTHER_KELURAHAN, rw: 1, rt: 1 };
// Valid NIKs (Kota Bekasi, women born 12-04-1980), one per resident.
const nik = (n: number) => `327501520480${String(n).padStart(4, '0')}`;
const masked = (n: number) => `3275••••••••${String(n).padStart(4, '0')}`;

const QR_OK = { proof: 'qr', proofText: 'https://sertifikat.example/ok', proofMismatch: [] };
const QR_NAMA = { proof: 'qr', proofText: 'QR-NAMA', proofMismatch: ['nama'] };
const QR_NIK = { proof: 'qr', proofText: 'QR-NIK', proofMismatch: ['nik', 'tanggal'] };

describe.each(DATABASES)('reconciliation list ($name)', (kind) => {
  const ctx = useApp(kind);

  /** One resident per case, each in a household of their own; returns their ids by case. */
  async function seed() {
    const d = new TestDevice(ctx.app);
    const ids: Record<string, string> = {};
    const mutations: Mutation[] = [];
    let n = 0;
    const resident = (name: string, area: Area, extra: Record<string, unknown> = {}) => {
      const h = d.household(1, area);
      const id = h.residentIds[0]!;
      n++;
      mutations.push(...h.mutations, d.put('resident', id, { nik: nik(n), name, ...extra }));
      ids[name] = id;
      return { id, householdId: h.householdId, area };
    };
    const dose = (
      r: { id: string; householdId: string; area: Area },
      kind: string,
      proof: Record<string, unknown> = {},
    ) => {
      const id = uuidv7();
      const date = kind === 'dosis1' ? '2021-07-01' : '2021-09-01';
      mutations.push(
        d.put('dose', id, { ...doseValues(r.id, r.householdId, r.area), kind, date, ...proof }),
      );
      return id;
    };
    const a = resident('Ani Tanpa Bukti', AREA);
    dose(a, 'dosis1');
    dose(a, 'dosis2', QR_OK);
    const b = resident('Bela Qr Salah', AREA);
    dose(b, 'dosis1', { proof: 'kartu' });
    dose(b, 'dosis2', QR_NAMA);
    const c = resident('Cici Terbukti', AREA);
    dose(c, 'dosis1', QR_OK);
    dose(c, 'dosis2', { proof: 'kartu' });
    const dd = resident('Dewi Ucapan', RW4);
    dose(dd, 'dosis1', { proof: 'ucapan' });
    const e = resident('Eka Rt Enam', RT6);
    dose(e, 'dosis1', QR_NIK);
    const voided = dose(e, 'dosis2', { proof: null });
    const f = resident('Fitri Lain Kelurahan', ELSEWHERE);
    dose(f, 'dosis1');
    const g = resident('Gita Dihapus', AREA);
    dose(g, 'dosis1');
    const h = resident('Hana Pindah', AREA, { residenceStatus: 'pindah' });
    dose(h, 'dosis1');
    await d.push(mutations);
    await d.push([d.delete('dose', voided), d.delete('resident', g.id)]);
    return ids;
  }

  async function read(role: Role, query = '', options: { area?: UserArea; code?: string } = {}) {
    const viewer = await signIn(ctx.t.db, {
      role,
      ...(options.area ? { area: options.area } : {}),
    });
    return ctx.app.inject({
      method: 'GET',
      url: `/api/reconciliation/kelurahan/${options.code ?? KELURAHAN}${query}`,
      headers: viewer.headers,
    });
  }

  const names = (list: ReconciliationList) => list.residents.map((r) => r.name);

  it('lists stated-only and mismatched residents by RW and RT, NIK masked', async () => {
    const ids = await seed();
    const response = await read('lurah');
    expect(response.statusCode).toBe(200);
    const list = response.json<ReconciliationList>();
    expect(list).toMatchObject({ kelurahanCode: KELURAHAN, rw: null, rt: null });
    expect(
      list.residents.map((r) => [r.name, r.rw, r.rt, r.statedOnly, r.mismatched, r.nik]),
    ).toEqual([
      ['Ani Tanpa Bukti', 3, 5, true, false, masked(1)],
      ['Bela Qr Salah', 3, 5, false, true, masked(2)],
      ['Eka Rt Enam', 3, 6, false, true, masked(5)],
      ['Dewi Ucapan', 4, 1, true, false, masked(4)],
    ]);
    expect(list.totals).toEqual({ statedOnly: 2, mismatched: 2 });
    const ani = list.residents[0]!;
    expect(ani.residentId).toBe(ids['Ani Tanpa Bukti']);
    // Only the doses to reconcile, not the proven ones.
    expect(ani.doses.map((d) => [d.kind, d.proof, d.mismatch])).toEqual([['dosis1', null, []]]);
    expect(list.residents[2]!.doses.map((d) => [d.kind, d.proofText, d.mismatch])).toEqual([
      ['dosis1', 'QR-NIK', ['nik', 'tanggal']],
    ]);
    expect(JSON.stringify(list)).not.toContain(nik(1));
  });

  it('each role reads its own area only, every row checked', async () => {
    await seed();
    const inRw = (list: ReconciliationList, rw: number) => list.residents.every((r) => r.rw === rw);
    // Lurah, staf and admin kota: the whole kelurahan, nothing of another.
    for (const role of ['lurah', 'staf-kelurahan', 'admin-kota'] as const) {
      const list = (await read(role)).json<ReconciliationList>();
      expect(names(list)).toHaveLength(4);
      expect(names(list)).not.toContain('Fitri Lain Kelurahan');
      expect(list.residents.every((r) => ['3/5', '3/6', '4/1'].includes(`${r.rw}/${r.rt}`))).toBe(
        true,
      );
    }
    const otherLurah = { kelurahanCode: OTHER_KELURAHAN, rw: null, rts: [] };
    expect((await read('lurah', '', { area: otherLurah })).statusCode).toBe(403);
    expect((await read('staf-kelurahan', '?rw=3', { area: otherLurah })).statusCode).toBe(403);
    const own = (
      await read('lurah', '', { area: otherLurah, code: OTHER_KELURAHAN })
    ).json<ReconciliationList>();
    expect(names(own)).toEqual(['Fitri Lain Kelurahan']);
    // Ketua RW: their RW, asked as such; another RW or the whole kelurahan refused.
    const rw3 = (await read('ketua-rw', '?rw=3')).json<ReconciliationList>();
    expect(names(rw3)).toEqual(['Ani Tanpa Bukti', 'Bela Qr Salah', 'Eka Rt Enam']);
    expect(inRw(rw3, 3)).toBe(true);
    expect((await read('ketua-rw', '?rw=4')).statusCode).toBe(403);
    expect((await read('ketua-rw')).statusCode).toBe(403);
    expect((await read('ketua-rw', '?rw=3&format=csv', { code: OTHER_KELURAHAN })).statusCode).toBe(
      403,
    );
    // Relawan: none of it, not even their own RT.
    for (const query of ['', '?rw=3', '?rw=3&rt=5', '?format=csv']) {
      const refused = await read('relawan', query);
      expect(refused.statusCode).toBe(403);
      expect(refused.body).not.toContain('Ani');
    }
  });

  it('RW and RT narrow the list; an RT without its RW is a 400', async () => {
    await seed();
    const rt6 = (await read('lurah', '?rw=3&rt=6')).json<ReconciliationList>();
    expect(rt6).toMatchObject({ rw: 3, rt: 6 });
    expect(names(rt6)).toEqual(['Eka Rt Enam']);
    expect(names((await read('lurah', '?rw=4')).json<ReconciliationList>())).toEqual([
      'Dewi Ucapan',
    ]);
    const bad = await read('lurah', '?rt=6');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      error: 'bad-request',
      message: expect.stringMatching(/RT/),
    });
    expect((await read('lurah', '?format=pdf')).statusCode).toBe(400);
  });

  it('a kind and a limit narrow the JSON answer; the totals and RTs stay whole', async () => {
    await seed();
    const all = (await read('lurah')).json<ReconciliationList>();
    expect(all.more).toBe(0);
    expect(all.rts).toEqual([
      { rw: 3, rt: 5, residents: 2 },
      { rw: 3, rt: 6, residents: 1 },
      { rw: 4, rt: 1, residents: 1 },
    ]);
    const first = (await read('lurah', '?limit=1')).json<ReconciliationList>();
    expect(names(first)).toEqual(['Ani Tanpa Bukti']);
    expect(first.more).toBe(3);
    expect(first.rts).toEqual(all.rts);
    expect(first.totals).toEqual({ statedOnly: 2, mismatched: 2 });
    const mismatched = (await read('lurah', '?kind=tidak-cocok')).json<ReconciliationList>();
    expect(names(mismatched)).toEqual(['Bela Qr Salah', 'Eka Rt Enam']);
    expect(mismatched.rts).toEqual([
      { rw: 3, rt: 5, residents: 1 },
      { rw: 3, rt: 6, residents: 1 },
    ]);
    const csv = await read('lurah', '?kind=ucapan&limit=1&format=csv');
    // The file holds every resident of the kind, whatever the limit.
    expect(csv.body.trimEnd().split('\r\n')).toHaveLength(3);
    expect((await read('lurah', '?limit=5000')).statusCode).toBe(400);
    expect((await read('lurah', '?kind=semuanya')).statusCode).toBe(400);
  });

  it('the lurah and staf export the whole NIK as CSV and XLSX; others masked', async () => {
    await seed();
    const csv = await read('staf-kelurahan', '?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="rekonsiliasi-${KELURAHAN}.csv"`,
    );
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Kode kelurahan,Kelurahan,RW,RT,Alamat,Kepala keluarga,Nama warga,NIK,Tanggal lahir,Dosis,Tanggal vaksin,Vaksin,Tempat vaksin,Bukti,Isi QR sertifikat,Perlu dicek',
    );
    // One line per dose to reconcile: Ani's dosis 1, Bela's dosis 2, Eka's dosis 1, Dewi's.
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain(`,Ani Tanpa Bukti,${nik(1)},1980-04-12,Dosis 1,2021-07-01,`);
    expect(lines[1]).toMatch(/,Belum dicatat \(ucapan\),,Hanya ucapan \(tanpa bukti\)$/);
    expect(lines[2]).toMatch(/,QR sertifikat,QR-NAMA,QR tidak cocok: nama$/);
    expect(lines[3]).toMatch(/,"QR tidak cocok: NIK, tanggal vaksin"$/);
    expect(lines[4]).toContain(',004,001,');

    const xlsx = await read('lurah', '?rw=3&rt=5&format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toBe(
      `attachment; filename="rekonsiliasi-${KELURAHAN}-rw003-rt005.xlsx"`,
    );
    const sheet = strFromU8(unzipSync(xlsx.rawPayload)['xl/worksheets/sheet1.xml']!);
    // The NIK is a text cell: all 16 digits, never a number Excel would round.
    expect(sheet).toContain(`<is><t>${nik(1)}</t></is>`);
    expect(sheet).toContain('<is><t>Bela Qr Salah</t></is>');
    expect(sheet).not.toContain('Eka');

    const ketua = await read('ketua-rw', '?rw=3&format=csv');
    expect(ketua.statusCode).toBe(200);
    expect(ketua.body).toContain(masked(1));
    expect(ketua.body).not.toContain(nik(1));
    const admin = await read('admin-kota', '?format=csv');
    expect(admin.body).toContain(masked(4));
    expect(admin.body).not.toContain(nik(4));
  });

  it('each served read leaves a row in the access log; a refused one none', async () => {
    await seed();
    const lurah = await signIn(ctx.t.db, { role: 'lurah' });
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/reconciliation/kelurahan/${KELURAHAN}?format=csv`,
      headers: lurah.headers,
    });
    expect(response.statusCode).toBe(200);
    await read('relawan');
    const rows = await ctx.t.db.query<{ user_id: string; detail: unknown }>(
      "SELECT user_id, detail FROM access_log WHERE what = 'reconciliation-list'",
    );
    expect(rows).toEqual([
      { user_id: lurah.userId, detail: { residents: 4, format: 'csv', nik: 'utuh' } },
    ]);
  });
});
