import { lazy, type ComponentProps } from 'react';
import type * as ListModule from './components/HouseholdListScreen';

/**
 * Households: the RT list (home), "Rumah berikutnya", the household page and its forms.
 * Every screen loads on first use (React.lazy), each in its own chunk, precached by the service
 * worker so they open offline too. The list is not in the first bundle either: enrollment, the
 * one screen a phone downloads over the network, does not need it; a signed-in phone starts
 * loading it from the precache behind the PIN screen (`preloadHouseholdList`).
 */
let listModule: typeof ListModule | null = null;
const loadHouseholdList = () =>
  import('./components/HouseholdListScreen').then((m) => (listModule = m));
const LazyHouseholdList = lazy(() =>
  loadHouseholdList().then((m) => ({ default: m.HouseholdListScreen })),
);
/**
 * The home list. Once its chunk is loaded (`preloadHouseholdList`), it renders at once,
 * without `React.lazy`, which suspends on its first render even then and holds back the rows.
 */
export function HouseholdListScreen(props: ComponentProps<typeof ListModule.HouseholdListScreen>) {
  return listModule ? (
    <listModule.HouseholdListScreen {...props} />
  ) : (
    <LazyHouseholdList {...props} />
  );
}
/** Starts loading the home list's chunk (while the PIN is typed), so it opens without a wait. */
export function preloadHouseholdList(): void {
  void loadHouseholdList();
}
/**
 * "Pindai" on the home list: the sticker scanner, on first use. Its lazy import sits in the
 * first bundle (this re-export puts it there), beside the other lazy screens' shared list of
 * files to preload: in the list's own chunk that list would come along (about 0.4 KB gzip)
 * and the home screen's first JavaScript would grow.
 */
export { StickerScan } from './sticker-scan-lazy';
export const HouseholdPage = lazy(() =>
  import('./components/HouseholdPage').then((m) => ({ default: m.HouseholdPage })),
);
export const HouseholdForm = lazy(() =>
  import('./components/HouseholdForm').then((m) => ({ default: m.HouseholdForm })),
);
export const VisitForm = lazy(() =>
  import('./components/VisitForm').then((m) => ({ default: m.VisitForm })),
);
