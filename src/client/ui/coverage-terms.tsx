import { DEFAULT_CONFIG } from '@shared/domain/config';
import { formatPercent } from './format';

/**
 * What "Sasaran" and "Sisa ke target" mean, said once under the figures that use them (the
 * dashboards' totals, the relawan's summary), so "Tercapai" and the gaps read without a guide.
 */
export function CoverageTerms({ target }: { target: number }) {
  return (
    <p className="coverage-terms muted small">
      <strong>Sasaran</strong>: warga berumur {DEFAULT_CONFIG.primaryMinAgeYears} tahun ke atas
      (boleh divaksin). <strong>Sisa ke target</strong>: berapa orang lagi perlu vaksin lengkap agar{' '}
      {formatPercent(target)} sasaran lengkap; <strong>Tercapai</strong> bila sudah.
    </p>
  );
}
