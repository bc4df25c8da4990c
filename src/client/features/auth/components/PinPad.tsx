import { useEffect } from 'react';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Six dots for the digits typed so far. */
export function PinDots({ filled, length = 6 }: { filled: number; length?: number }) {
  return (
    <div className="pin-dots" aria-label={`${filled} dari ${length} angka`} role="img">
      {Array.from({ length }, (_, i) => (
        <span key={i} className={i < filled ? 'filled' : undefined} />
      ))}
    </div>
  );
}

/**
 * Large keys for the thumb; a hardware keyboard works too (digits, Backspace), which helps on
 * an office PC.
 */
export function PinPad({
  disabled,
  onDigit,
  onDelete,
}: {
  disabled: boolean;
  onDigit: (digit: string) => void;
  onDelete: () => void;
}) {
  useEffect(() => {
    if (disabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (/^\d$/.test(event.key)) onDigit(event.key);
      else if (event.key === 'Backspace') onDelete();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [disabled, onDigit, onDelete]);

  return (
    <div className="pin-pad" role="group" aria-label="Tombol PIN">
      {KEYS.map((key) => (
        <button key={key} type="button" disabled={disabled} onClick={() => onDigit(key)}>
          {key}
        </button>
      ))}
      <span />
      <button type="button" disabled={disabled} onClick={() => onDigit('0')}>
        0
      </button>
      <button
        type="button"
        className="pin-key-small"
        disabled={disabled}
        onClick={onDelete}
        aria-label="Hapus angka terakhir"
      >
        ⌫
      </button>
    </div>
  );
}
