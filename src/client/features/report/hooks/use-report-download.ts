import { useMutation } from '@tanstack/react-query';
import { downloadReport, type ReportFormat } from '../data/download';

/** Downloading a report file, with its progress and error for the buttons. */
export function useReportDownload(kelurahanCode: string | null) {
  return useMutation({
    mutationFn: ({ week, format }: { week: string; format: ReportFormat }) =>
      downloadReport(week, format, kelurahanCode),
  });
}
