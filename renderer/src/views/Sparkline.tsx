import { t } from '../i18n/i18n';

const WIDTH = 120;
const HEIGHT = 28;

/**
 * A figure's course over the whole years as a small line (first and last year
 * named for assistive technology); nothing when fewer than two years have it.
 */
export function Sparkline({
  years,
  values,
  range,
}: {
  years: readonly string[];
  values: readonly (number | null)[];
  /** A shared scale (small multiples side by side); by default the line's own. */
  range?: readonly [number, number] | undefined;
}) {
  const known = values.map((v, k) => (v === null ? null : { k, v })).filter((p) => p !== null);
  if (known.length < 2) return null;
  const vs = known.map((p) => p.v);
  const min = range?.[0] ?? Math.min(...vs);
  const span = (range?.[1] ?? Math.max(...vs)) - min || 1;
  const x = (k: number) => (values.length === 1 ? 0 : (k / (values.length - 1)) * (WIDTH - 4) + 2);
  const y = (v: number) => HEIGHT - 2 - ((v - min) / span) * (HEIGHT - 4);
  const points = known.map((p) => `${x(p.k).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
  const last = known.at(-1) as { k: number; v: number };
  return (
    <svg
      className="sparkline"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={t('Verloop {from}–{to}', { from: years[0] ?? '', to: years.at(-1) ?? '' })}
    >
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" />
      <circle cx={x(last.k)} cy={y(last.v)} r="2.5" fill="currentColor" />
    </svg>
  );
}
