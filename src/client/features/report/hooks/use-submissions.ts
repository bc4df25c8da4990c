import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SendReportRequest } from '@shared/reports/api';
import { reportApi, reportKeys } from '../data/api';
import { downloadSentReport, type ReportFormat } from '../data/download';

/** Who has sent a week's report: every kelurahan (admin kota), or the caller's own. */
export function useSubmissionList(week: string, kelurahanCode: string | null) {
  return useQuery({
    queryKey: reportKeys.submissions(week, kelurahanCode),
    queryFn: () => reportApi.submissions(week, kelurahanCode),
    meta: { persist: true },
    staleTime: 60_000,
  });
}

/** One sent version; it never changes once sent (only a newer version may follow). */
export function useSnapshot(code: string, week: string, version: number) {
  return useQuery({
    queryKey: reportKeys.snapshot(code, week, version),
    queryFn: () => reportApi.snapshot(code, week, version),
    meta: { persist: true },
    staleTime: 60_000,
  });
}

/** The roll-up of what the kelurahan sent for a week (printable page). */
export function useSentReport(week: string) {
  return useQuery({
    queryKey: reportKeys.sent(week),
    queryFn: () => reportApi.sent(week),
    meta: { persist: true },
    staleTime: 60_000,
  });
}

/** Sends the week's report; the status everywhere is asked again afterwards. */
export function useSendReport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SendReportRequest) => reportApi.send(body),
    onSettled: () => client.invalidateQueries({ queryKey: ['reports', 'submissions'] }),
  });
}

export function useSentReportDownload() {
  return useMutation({
    mutationFn: ({ week, format }: { week: string; format: ReportFormat }) =>
      downloadSentReport(week, format),
  });
}
