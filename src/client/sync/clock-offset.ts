/**
 * How far this phone's clock is off the server's, from the `Date` header of its answers.
 *
 * Sync stays correct with a wrong clock (an edit sorts after what the phone has seen, and the
 * server pulls stamps more than 5 minutes ahead back to its own clock), but concurrent edits
 * of one field are ordered by the clocks that made them, and the dates the app fills in come
 * from this clock: the volunteer is told to fix it.
 */

/** Beyond this the phone warns: the server's clamp bound (MAX_CLOCK_AHEAD_MS) is the same. */
export const CLOCK_WARNING_MS = 5 * 60_000;

/**
 * Server time minus phone time, in ms (positive: the phone is behind), or null without a
 * readable header. The header has whole seconds; the request's midpoint stands for "now".
 */
export function clockOffsetOf(
  dateHeader: string | null,
  sentAt: number,
  receivedAt: number,
): number | null {
  if (!dateHeader) return null;
  const server = Date.parse(dateHeader);
  if (!Number.isFinite(server)) return null;
  return server - (sentAt + receivedAt) / 2;
}

/** The warning for the status strip, in Indonesian; null while the clock is close enough. */
export function clockWarning(offsetMs: number | null): string | null {
  if (offsetMs === null || Math.abs(offsetMs) <= CLOCK_WARNING_MS) return null;
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  const hours = Math.round(minutes / 60);
  const amount =
    hours >= 24
      ? `${Math.round(hours / 24)} hari`
      : minutes >= 60
        ? `${hours} jam`
        : `${minutes} menit`;
  return `Jam ponsel selisih ${amount} dari server. Periksa pengaturan tanggal & jam.`;
}
