import { useWorkingArea } from '../hooks/use-working-area';
import { Loading } from '@client/ui/page-header';
import { AreaPicker } from './AreaPicker';

/** The area screen: the current choice, and saving a new one. */
export function AreaScreen({ onDone }: { onDone: () => void }) {
  const current = useWorkingArea();
  if (current === undefined) return <Loading />;
  return (
    <AreaPicker
      current={current}
      onSave={async (area) => {
        const { setWorkingArea } = await import('../data/set-working-area');
        await setWorkingArea(area);
        onDone();
      }}
    />
  );
}
