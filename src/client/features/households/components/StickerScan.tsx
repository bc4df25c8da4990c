import { useNavigate } from 'react-router-dom';
import { paths } from '@client/ui/paths';
import { QrScanDialog } from '@client/ui/scanner';
import { householdOfSticker } from '../data/sticker-household';

/**
 * "Pindai" on the home list: the scanner, for a household's sticker; a known household opens
 * (from this phone's IndexedDB, offline too), anything else is said and scanning goes on.
 * Loaded on first use, like the scanner, so the home list's first screen does not carry it.
 */
export default function StickerScan({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  return (
    <QrScanDialog
      open
      title="Pindai stiker rumah"
      hint="Arahkan kamera ke stiker QR di pintu rumah."
      onClose={onClose}
      onScan={async (text) => {
        const found = await householdOfSticker(text);
        if ('problem' in found) return found.problem;
        onClose();
        navigate(paths.household(found.householdId));
        return null;
      }}
    />
  );
}
