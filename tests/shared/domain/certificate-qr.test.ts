import { describe, expect, it } from 'vitest';
import { mismatchMessage, proofMismatches, readCertificateQr } from '@shared/domain/certificate-qr';
import { householdIdOfSticker, stickerUrl } from '@shared/domain/household-sticker';

const SITI = { name: 'Siti Aminah', nik: '3275014512800001' };

describe('readCertificateQr', () => {
  it('reads a URL query and its fragment', () => {
    expect(
      readCertificateQr(
        'https://sertifikat.example.id/v?nama=Siti%20Aminah&nik=3275014512800001&tgl=2021-08-17',
      ),
    ).toEqual({ name: 'Siti Aminah', nik: '3275014512800001', date: '2021-08-17' });
    expect(readCertificateQr('https://x.example/c#name=Budi&date=17/08/2021')).toEqual({
      name: 'Budi',
      date: '2021-08-17',
    });
  });

  it('reads JSON, nested objects included, numbers as NIK', () => {
    expect(
      readCertificateQr(
        '{"id":"CERT-1","data":{"full_name":"SITI AMINAH","id_number":3275014512800001,"vaccination_date":"2021-08-17T10:00:00+07:00"}}',
      ),
    ).toEqual({ name: 'SITI AMINAH', nik: '3275014512800001', date: '2021-08-17' });
  });

  it('reads key=value and key: value text, masked NIKs and names', () => {
    expect(
      readCertificateQr('Nama: SITI A*****\nNIK: 3275********0001\nTanggal: 17-08-2021'),
    ).toEqual({ name: 'SITI A*****', nik: '3275********0001', date: '2021-08-17' });
    expect(readCertificateQr('nama=Budi;nik=3275 0145 1280 0001|tgl=1-8-2021')).toEqual({
      name: 'Budi',
      nik: '3275014512800001',
      date: '2021-08-01',
    });
  });

  it('reads nothing from an id, a URL without facts, or broken values', () => {
    expect(readCertificateQr('VAC-2021-00001234')).toEqual({});
    expect(readCertificateQr('https://sertifikat.example.id/v/01HXYZ')).toEqual({});
    expect(readCertificateQr('{not json')).toEqual({});
    expect(readCertificateQr('nik=12345;tgl=2021-02-30;nama=123')).toEqual({});
  });
});

describe('proofMismatches', () => {
  it('is empty when what the QR holds agrees, spellings and masks allowed', () => {
    expect(
      proofMismatches(
        { name: 'siti  AMINAH', nik: SITI.nik, date: '2021-08-17' },
        SITI,
        '2021-08-17',
      ),
    ).toEqual([]);
    expect(
      proofMismatches({ name: 'Djoko Santoso' }, { name: 'Joko Santoso', nik: null }, '2021-08-17'),
    ).toEqual([]);
    expect(
      proofMismatches({ name: 'SITI A*****', nik: '3275********0001' }, SITI, '2021-08-17'),
    ).toEqual([]);
    expect(proofMismatches({}, SITI, '2021-08-17')).toEqual([]);
  });

  it('names each field that disagrees', () => {
    expect(
      proofMismatches(
        { name: 'Budi Santoso', nik: '3275014512800002', date: '2021-08-18' },
        SITI,
        '2021-08-17',
      ),
    ).toEqual(['nama', 'nik', 'tanggal']);
    expect(proofMismatches({ name: 'Siti' }, SITI, '2021-08-17')).toEqual(['nama']);
    expect(proofMismatches({ nik: '3276********0001' }, SITI, '2021-08-17')).toEqual(['nik']);
  });

  it('does not compare a NIK the resident lacks', () => {
    expect(
      proofMismatches({ nik: SITI.nik }, { name: 'Siti Aminah', nik: null }, '2021-08-17'),
    ).toEqual([]);
  });

  it('says the mismatch in Indonesian', () => {
    expect(mismatchMessage([])).toBeNull();
    expect(mismatchMessage(['nama', 'nik', 'tanggal'])).toBe(
      'QR sertifikat tidak cocok dengan data warga: nama, NIK dan tanggal vaksin berbeda. Periksa sertifikat dan data warga.',
    );
    expect(mismatchMessage(['tanggal'])).toMatch(/: tanggal vaksin berbeda\./);
  });
});

describe('household sticker', () => {
  const id = '01a037ef-1cd6-7645-96cb-93348ccc980b';
  it('reads the household id of a sticker URL from any origin', () => {
    expect(householdIdOfSticker(stickerUrl('https://pintu.bekasikota.go.id/', id))).toBe(id);
    expect(householdIdOfSticker(`http://localhost:8080/rumah/${id.toUpperCase()}/`)).toBe(id);
  });
  it('refuses anything else', () => {
    for (const text of [
      id,
      `https://x.example/rumah/${id}/ubah`,
      `https://x.example/warga/${id}`,
      `https://x.example/rumah/baru`,
      `javascript:alert(1)//rumah/${id}`,
      'https://sertifikat.example.id/v?nik=1',
    ]) {
      expect(householdIdOfSticker(text), text).toBeNull();
    }
  });
});
