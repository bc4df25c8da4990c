import { formatDateId, toIsoDate } from '@shared/dates';

/** Today as the device sees it (Asia/Jakarta in the field). */
export function today(): string {
  return toIsoDate(new Date());
}

/** `12-09-2021 14.05`, in the device's time zone. */
export function formatDateTimeId(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const time = `${String(d.getHours()).padStart(2, '0')}.${String(d.getMinutes()).padStart(2, '0')}`;
  return `${formatDateId(toIsoDate(d))} ${time}`;
}

export { formatDateId };

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

export function formatPercent(share: number): string {
  return `${(share * 100).toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`;
}

export function formatNumber(n: number): string {
  return n.toLocaleString('id-ID');
}
