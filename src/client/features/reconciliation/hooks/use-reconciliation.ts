import { useMutation, useQuery } from '@tanstack/react-query';
import { reconciliationApi, reconciliationKeys, type ReconciliationFilter } from '../data/api';

/**
 * The residents to reconcile, by name and NIK (masked): personal data, so the answer is not
 * kept on the device (as the isoman list is not); it is read again on each visit.
 */
export function useReconciliation(code: string, filter: ReconciliationFilter) {
  return useQuery({
    queryKey: reconciliationKeys.list(code, filter),
    queryFn: () => reconciliationApi.list(code, filter),
    staleTime: 60_000,
  });
}

/** Downloading the list as CSV or XLSX, with its progress and error for the buttons. */
export function useReconciliationDownload(code: string, filter: ReconciliationFilter) {
  return useMutation({
    mutationFn: (format: 'csv' | 'xlsx') => reconciliationApi.download(code, filter, format),
  });
}
