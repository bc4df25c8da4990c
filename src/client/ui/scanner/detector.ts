import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

/** Reads QR codes from a video frame: the browser's own BarcodeDetector, or ZXing's. */
export type QrDetector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };

type NativeDetector = QrDetector & { getSupportedFormats?: never };
type NativeDetectorClass = {
  new (options: { formats: string[] }): NativeDetector;
  getSupportedFormats(): Promise<string[]>;
};

/**
 * The browser's BarcodeDetector where it reads QR codes (Chrome on Android), else the
 * `barcode-detector` ponyfill: ZXing compiled to WebAssembly, served from this origin (the
 * build emits the .wasm, the service worker precaches it) and never from a CDN, so scanning
 * works offline. Loaded only when the scanner opens (docs/decisions/qr-scanner.md).
 */
export async function loadQrDetector(): Promise<QrDetector> {
  const native = (globalThis as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector;
  if (native) {
    const formats = await native.getSupportedFormats().catch(() => [] as string[]);
    if (formats.includes('qr_code')) return new native({ formats: ['qr_code'] });
  }
  const { BarcodeDetector, prepareZXingModule } = await import('barcode-detector/ponyfill');
  // Compiled now, so a decoder that cannot load says so before the camera opens.
  await prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) =>
        path.endsWith('.wasm') ? new URL(wasmUrl, location.href).href : prefix + path,
    },
    fireImmediately: true,
  });
  return new BarcodeDetector({ formats: ['qr_code'] });
}
