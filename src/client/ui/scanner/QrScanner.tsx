import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../button';
import { TextField } from '../field';
import { openCamera, type Camera, type CameraProblem } from './camera';
import { loadQrDetector } from './detector';
import './scanner.css';

/** What the caller makes of a read text: null when taken (it closes the scanner), else why not. */
export type ScanHandler = (text: string) => string | null | Promise<string | null>;

type State = 'starting' | 'scanning' | CameraProblem | 'no-decoder';

const PROBLEMS: Record<CameraProblem | 'no-decoder', string> = {
  denied:
    'Izin kamera ditolak. Izinkan kamera untuk situs ini di pengaturan browser, atau ketik kode di bawah.',
  none: 'Kamera tidak ditemukan di perangkat ini. Ketik kode di bawah.',
  failed: 'Kamera tidak dapat dibuka (mungkin sedang dipakai aplikasi lain). Ketik kode di bawah.',
  'no-decoder': 'Pemindai QR tidak dapat dimuat. Ketik kode di bawah.',
};

/** How often a frame is read; a phone's CPU is shared with the page. */
const SCAN_EVERY_MS = 250;

/**
 * A camera QR scanner in a modal: the back camera's picture, the torch when the camera has
 * one, and "Ketik kode" (a typed code) always at hand, opened by itself when there is no
 * camera, no permission or no decoder. Every read text goes to `onScan`.
 */
export default function QrScanner({
  title,
  hint,
  onScan,
  onClose,
}: {
  title: string;
  hint?: string;
  onScan: ScanHandler;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<State>('starting');
  const [camera, setCamera] = useState<Camera | null>(null);
  const [torch, setTorch] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [typing, setTyping] = useState(false);
  const [typed, setTyped] = useState('');
  const handler = useRef(onScan);
  useEffect(() => {
    handler.current = onScan;
  }, [onScan]);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  useEffect(() => {
    let stopped = false;
    let opened: Camera | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastRefused = '';
    void (async () => {
      const detector = await loadQrDetector().catch(() => null);
      if (stopped) return;
      if (!detector) return setState('no-decoder');
      try {
        opened = await openCamera();
      } catch (problem) {
        if (!stopped) setState(problem as CameraProblem);
        return;
      }
      if (stopped) return opened.stop();
      setCamera(opened);
      const element = video.current!;
      element.srcObject = opened.stream;
      await element.play().catch(() => undefined);
      setState('scanning');
      const tick = async () => {
        if (stopped) return;
        const codes = element.readyState >= 2 ? await detector.detect(element).catch(() => []) : [];
        const text = codes[0]?.rawValue;
        if (text && text !== lastRefused && !stopped) {
          const refused = await handler.current(text);
          if (refused === null) return;
          lastRefused = text;
          setMessage(refused);
        }
        timer = setTimeout(() => void tick(), SCAN_EVERY_MS);
      };
      void tick();
    })();
    return () => {
      stopped = true;
      clearTimeout(timer);
      opened?.stop();
    };
  }, []);

  const problem = state !== 'starting' && state !== 'scanning' ? PROBLEMS[state] : null;
  const showTyping = typing || problem !== null;

  const submitTyped = async (e: FormEvent) => {
    e.preventDefault();
    if (!typed.trim()) return setMessage('Ketik kode atau tautan yang tertulis di bawah QR.');
    setMessage(await handler.current(typed.trim()));
  };

  const toggleTorch = async () => {
    if (!camera) return;
    await camera.setTorch(!torch).then(
      () => setTorch(!torch),
      () => setMessage('Senter tidak dapat dinyalakan.'),
    );
  };

  return (
    <dialog ref={dialog} className="dialog scanner" onCancel={onClose} aria-labelledby="scan-title">
      <h2 id="scan-title">{title}</h2>
      {hint && <p className="muted small">{hint}</p>}
      {problem ? (
        <p className="alert alert-warning" role="alert">
          {problem}
        </p>
      ) : (
        <div className="scanner-view">
          <video ref={video} muted playsInline aria-label="Gambar kamera" />
          {state === 'starting' && <p className="scanner-status">Membuka kamera…</p>}
        </div>
      )}
      {message && (
        <p className="alert alert-warning" role="alert">
          {message}
        </p>
      )}
      {showTyping ? (
        <form onSubmit={(e) => void submitTyped(e)} className="scanner-typed">
          <TextField
            label="Kode atau tautan QR"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            enterKeyHint="done"
          />
          <Button type="submit" variant="primary">
            Pakai kode
          </Button>
        </form>
      ) : null}
      <div className="actions">
        {camera?.hasTorch && (
          <Button aria-pressed={torch} onClick={() => void toggleTorch()}>
            {torch ? 'Matikan senter' : 'Nyalakan senter'}
          </Button>
        )}
        {!showTyping && <Button onClick={() => setTyping(true)}>Ketik kode</Button>}
        <Button onClick={onClose}>Tutup</Button>
      </div>
    </dialog>
  );
}
