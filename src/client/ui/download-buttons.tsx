export type FileFormat = 'csv' | 'xlsx';

/**
 * A CSV and an XLSX button for a file the server makes (the weekly report, its roll-up, the
 * reconciliation list); the one being downloaded says so, and both wait for it.
 */
export function DownloadButtons({
  downloading,
  onDownload,
  label = (format) => `Unduh ${format.toUpperCase()}`,
}: {
  /** The format being downloaded, or null. */
  downloading: FileFormat | null;
  onDownload: (format: FileFormat) => void;
  label?: (format: FileFormat) => string;
}) {
  return (['csv', 'xlsx'] as const).map((format) => (
    <button
      key={format}
      type="button"
      className="btn btn-small"
      disabled={downloading !== null}
      onClick={() => onDownload(format)}
    >
      {downloading === format ? 'Mengunduh…' : label(format)}
    </button>
  ));
}
