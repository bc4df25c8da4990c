import { createElement, lazy, Suspense, useEffect } from 'react';
import type { Role } from '@shared/auth/roles';
import { Loading } from '@client/ui/page-header';
import { startEarly } from './data/early';

/**
 * Maps (Leaflet through react-leaflet): kelurahan coloured by coverage; the households of a
 * kelurahan or an RW from the server, or of the volunteer's phone from IndexedDB, as donuts of
 * their statuses. Leaflet and its CSS load only with these chunks; the server maps begin
 * fetching their houses while that code loads (data/early.ts).
 */
export const CityMap = lazy(() =>
  import('./components/CityMap').then((m) => ({ default: m.CityMap })),
);
const KelurahanMapScreen = lazy(() =>
  import('./components/KelurahanMap').then((m) => ({ default: m.KelurahanMap })),
);
const RwMapScreen = lazy(() => import('./components/RwMap').then((m) => ({ default: m.RwMap })));
export const PhoneMap = lazy(() =>
  import('./components/PhoneMap').then((m) => ({ default: m.PhoneMap })),
);

export function KelurahanMap(props: { code: string; role: Role }) {
  useEffect(() => startEarly(props.code), [props.code]);
  return createElement(
    Suspense,
    { fallback: createElement(Loading) },
    createElement(KelurahanMapScreen, props),
  );
}

export function RwMap(props: { code: string; rw: number; role: Role }) {
  useEffect(() => startEarly(props.code, props.rw), [props.code, props.rw]);
  return createElement(
    Suspense,
    { fallback: createElement(Loading) },
    createElement(RwMapScreen, props),
  );
}
