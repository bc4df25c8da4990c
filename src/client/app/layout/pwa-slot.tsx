import { InstallButton, OnlineIndicator } from '@client/pwa';

/** The PWA pieces that live in the status strip: network state and "Pasang aplikasi". */
export function PwaStatus() {
  return (
    <div className="pwa-slot">
      <InstallButton />
      <OnlineIndicator />
    </div>
  );
}
