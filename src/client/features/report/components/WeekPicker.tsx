import { useSearchParams } from 'react-router-dom';
import { today } from '@client/ui/format';
import { defaultReportWeek, isoWeekOf, recentWeeks, weekOptionLabel } from '../data/weeks';

export const WEEK_PARAM = 'minggu';

/**
 * The week in the URL (`?minggu=2026-W49`), by default the current ISO week: the one the
 * coming (or this) Friday's report closes, with its figures up to now.
 */
export function useChosenWeek(): [string, (week: string) => void] {
  const [params, setParams] = useSearchParams();
  const chosen = params.get(WEEK_PARAM);
  const week = chosen && /^\d{4}-W\d{2}$/.test(chosen) ? chosen : defaultReportWeek(today());
  return [week, (w) => setParams({ [WEEK_PARAM]: w }, { replace: true })];
}

/** The last 12 weeks, newest (the current one) first. */
export function WeekPicker({ week, onPick }: { week: string; onPick: (week: string) => void }) {
  const current = isoWeekOf(today());
  const weeks = recentWeeks(current, 12);
  if (!weeks.includes(week)) weeks.push(week);
  return (
    <label className="field">
      <span className="field-label">Minggu</span>
      <select value={week} onChange={(e) => onPick(e.target.value)}>
        {weeks.map((w) => (
          <option key={w} value={w}>
            {weekOptionLabel(w)}
            {w === current ? ' – berjalan' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
