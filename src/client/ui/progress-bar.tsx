/** A bar from 0 to 1 with an optional target mark (the herd-immunity line). */
export function ProgressBar({
  value,
  target,
  label,
}: {
  value: number;
  target?: number;
  label: string;
}) {
  const pct = Math.max(0, Math.min(1, value)) * 100;
  const reached = target !== undefined && value >= target;
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(pct)}
    >
      <div
        className={reached ? 'progress-fill reached' : 'progress-fill'}
        style={{ width: `${pct}%` }}
      />
      {target !== undefined && (
        <div className="progress-target" style={{ left: `calc(${target * 100}% - 1px)` }} />
      )}
    </div>
  );
}
