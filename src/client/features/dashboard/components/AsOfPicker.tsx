import { useSearchParams } from 'react-router-dom';
import { formatDateId, today } from '@client/ui/format';
import type { IsoDate } from '@shared/dates';
import { DEFAULT_CONFIG } from '@shared/domain/config';
import { AS_OF_PARAM, askedAsOfDate } from '../data/as-of-date';

/**
 * The day a dashboard is of, kept in the URL (`?tanggal=`) so "back" and a shared link keep
 * it; null: today's figures. A day after today is refused by the server, so it reads as today.
 */
export function useAsOfDate(): [IsoDate | null, (date: string) => void] {
  const [params, setParams] = useSearchParams();
  const date = askedAsOfDate(params.get(AS_OF_PARAM), today());
  const setDate = (value: string) => {
    const next = new URLSearchParams(params);
    if (askedAsOfDate(value, today())) next.set(AS_OF_PARAM, value);
    else next.delete(AS_OF_PARAM);
    setParams(next, { replace: true });
  };
  return [date, setDate];
}

/**
 * "Per tanggal": coverage at the end of a past day, counted by the date of vaccination, and
 * what the "recorded this week" column counts from.
 */
export function AsOfPicker({
  date,
  recordedFrom,
  onChange,
}: {
  date: IsoDate | null;
  recordedFrom: IsoDate | undefined;
  onChange: (date: string) => void;
}) {
  return (
    <div className="as-of">
      <label className="as-of-field">
        <span>Per tanggal</span>
        <input
          type="date"
          value={date ?? today()}
          min={DEFAULT_CONFIG.programmeStart}
          max={today()}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      {date && (
        <button type="button" className="btn btn-small" onClick={() => onChange('')}>
          Hari ini
        </button>
      )}
      <p className="small muted as-of-note">
        {date ? `Cakupan sampai akhir ${formatDateId(date)}` : 'Cakupan hari ini'}, menurut tanggal
        vaksinasi.
        {recordedFrom && ` "Tercatat minggu ini": data masuk sejak ${formatDateId(recordedFrom)}.`}
      </p>
    </div>
  );
}
