/** Why the camera could not be used: each has its own message (QrScanner.tsx). */
export type CameraProblem = 'denied' | 'none' | 'failed';

export type Camera = {
  stream: MediaStream;
  /** Whether the track can switch the phone's flashlight (torch) on. */
  hasTorch: boolean;
  setTorch(on: boolean): Promise<void>;
  stop(): void;
};

/** The back camera if there is one; throws a CameraProblem. */
export async function openCamera(): Promise<Camera> {
  if (!navigator.mediaDevices?.getUserMedia) throw 'none' satisfies CameraProblem;
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      video: { facingMode: { ideal: 'environment' } },
      audio: false,
    });
  } catch (error) {
    throw problemOf(error);
  }
  const [track] = stream.getVideoTracks();
  const capabilities = (track?.getCapabilities?.() ?? {}) as { torch?: boolean };
  return {
    stream,
    hasTorch: capabilities.torch === true,
    setTorch: async (on) => {
      await track?.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] });
    },
    stop: () => stream.getTracks().forEach((t) => t.stop()),
  };
}

function problemOf(error: unknown): CameraProblem {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'none';
  return 'failed';
}
