import { describe, expect, it } from 'vitest';
import { isomanSentence } from '@client/features/dashboard/data/isoman-sentence';

describe('isoman per kelurahan, as the city reports it', () => {
  it('lists kelurahan with active patients, most first, with spaced names', () => {
    expect(
      isomanSentence([
        { kelurahanCode: '32.75.11.1003', name: 'Mustikajaya', active: 4 },
        { kelurahanCode: '32.75.02.1003', name: 'Kotabaru', active: 5 },
        { kelurahanCode: '32.75.01.1001', name: 'Bekasijaya', active: 0 },
      ]),
    ).toBe('Kelurahan Kota Baru (5 pasien), Kelurahan Mustika Jaya (4 pasien)');
  });

  it('orders kelurahan with the same count by name', () => {
    expect(
      isomanSentence([
        { kelurahanCode: '32.75.01.1003', name: 'Durenjaya', active: 2 },
        { kelurahanCode: '32.75.01.1004', name: 'Arenjaya', active: 2 },
      ]),
    ).toBe('Kelurahan Aren Jaya (2 pasien), Kelurahan Duren Jaya (2 pasien)');
  });

  it('keeps the server name of a code it does not know', () => {
    expect(isomanSentence([{ kelurahanCode: 'x', name: 'Contoh', active: 1 }])).toBe(
      'Kelurahan Contoh (1 pasien)',
    );
  });

  it('says so when no one is in isoman', () => {
    expect(isomanSentence([])).toBe('Tidak ada pasien isoman aktif.');
  });
});
