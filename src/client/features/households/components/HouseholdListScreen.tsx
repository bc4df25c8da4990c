import { Suspense, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Button, ButtonLink } from '@client/ui/button';
import { today } from '@client/ui/format';
import { Loading } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { formatRwRt, type Area } from '@shared/wilayah/wilayah';
import type { Scope } from '../data/area-records';
import { countRows } from '../data/household-rows';
import {
  FILTER_LABELS,
  filterRows,
  isListFilter,
  LIST_FILTERS,
  nextHousehold,
  type ListFilter,
} from '../data/list-filters';
import { useHouseholdList } from '../hooks/use-household-list';
import { useSearchMatches } from '../hooks/use-search-matches';
import { ListCounts } from './ListCounts';
import { ScopeSwitch } from './ScopeSwitch';
import { StickerScan } from '../sticker-scan-lazy';
import { VirtualRows } from './VirtualRows';

/**
 * The home screen: the households of the RT (or of every RT of the RW; a relawan's other RTs
 * in the same control), with counts, search, filters and "Rumah berikutnya". Scope, filter and search live in the URL, so coming back
 * from a household page shows the list as it was left.
 */
export function HouseholdListScreen({
  area,
  rts = [],
  onPickRt = () => undefined,
}: {
  area: Area;
  /** The RTs the user may switch between from the list (a relawan's own RTs). */
  rts?: readonly number[];
  onPickRt?: (rt: number) => void;
}) {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const scope: Scope = params.get('lingkup') === 'rw' ? 'rw' : 'rt';
  const filterParam = params.get('filter');
  const filter: ListFilter = isListFilter(filterParam) ? filterParam : 'semua';
  const [query, setQuery] = useState(params.get('q') ?? '');
  const [scanning, setScanning] = useState(false);
  const deferredQuery = useDeferredValue(query);

  const list = useHouseholdList(area, scope);
  const rows = list?.rows;
  const chips = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A filter chosen earlier (coming back to the list) may sit off screen to the right.
    chips.current
      ?.querySelector('[aria-pressed="true"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [filter]);
  const complete = list?.complete ?? false;
  const current = useSearchMatches(list?.records, deferredQuery);
  const found = current?.householdIds;
  const visible = useMemo(
    () => (rows ? filterRows(rows, filter, deferredQuery, found) : []),
    [rows, filter, deferredQuery, found],
  );
  const next = useMemo(() => (list?.complete ? nextHousehold(list.rows, today()) : null), [list]);

  const setParam = (key: string, value: string | null) =>
    setParams(
      (p) => {
        const copy = new URLSearchParams(p);
        if (value === null) copy.delete(key);
        else copy.set(key, value);
        return copy;
      },
      { replace: true },
    );

  return (
    <div>
      <ScopeSwitch
        area={area}
        scope={scope}
        rts={rts}
        onScope={(next) => setParam('lingkup', next === 'rw' ? 'rw' : null)}
        onPickRt={onPickRt}
      />

      {rows ? <ListCounts counts={countRows(rows)} complete={complete} /> : null}

      <Button
        variant="primary"
        block
        className="next-house"
        disabled={!next}
        aria-busy={!complete}
        onClick={() => next && navigate(paths.household(next.id))}
      >
        {next ? (
          <>
            Rumah berikutnya →<span className="next-house-address">{next.address}</span>
          </>
        ) : complete && rows?.length === 0 ? (
          'Belum ada rumah untuk dikunjungi'
        ) : complete ? (
          'Semua rumah sudah dikunjungi'
        ) : (
          'Rumah berikutnya →'
        )}
      </Button>

      <div className="field search-field search-with-scan">
        <label htmlFor="cari" className="visually-hidden">
          Cari
        </label>
        <input
          id="cari"
          type="search"
          className="input"
          placeholder="Cari nama, NIK, alamat, atau No. KK"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setParam('q', e.target.value || null);
          }}
          autoComplete="off"
          enterKeyHint="search"
        />
        <Button onClick={() => setScanning(true)} aria-label="Pindai stiker QR rumah">
          Pindai
        </Button>
      </div>
      {scanning && (
        <Suspense fallback={null}>
          <StickerScan onClose={() => setScanning(false)} />
        </Suspense>
      )}

      <div className="filter-chips" role="group" aria-label="Saring" ref={chips}>
        {LIST_FILTERS.map((f) => (
          <button
            key={f}
            type="button"
            aria-pressed={filter === f}
            onClick={() => setParam('filter', f === 'semua' ? null : f)}
          >
            {FILTER_LABELS[f]}
          </button>
        ))}
      </div>

      {!rows || (!complete && filter !== 'semua') ? (
        <Loading />
      ) : rows.length === 0 ? (
        <div className="card empty">
          <p>
            Belum ada rumah tangga di {scope === 'rt' ? `RT ${formatRwRt(area.rt)}` : 'RW ini'}.
          </p>
          <ButtonLink to={paths.newHousehold} variant="primary">
            + Tambah rumah tangga pertama
          </ButtonLink>
        </div>
      ) : (
        <>
          <div className="list-summary">
            <span className="muted small" aria-live="polite">
              {visible.length === rows.length
                ? `${visible.length} rumah, urut alamat`
                : `${visible.length} dari ${rows.length} rumah`}
            </span>
            <ButtonLink to={paths.newHousehold} small>
              + Tambah rumah
            </ButtonLink>
          </div>
          {visible.length === 0 ? (
            <div className="empty">Tidak ada rumah yang cocok.</div>
          ) : (
            <VirtualRows
              rows={visible}
              showRt={scope === 'rw'}
              complete={complete}
              search={current && { people: current.people, query: current.query }}
            />
          )}
        </>
      )}
    </div>
  );
}
