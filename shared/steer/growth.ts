import type { MetricsJson } from '../metrics/metricsJson';
import { round } from '../metrics/round';

/** One provider's change in clients between two years. */
export interface GrowthDriver {
  provider: string;
  name: string | null;
  group: string;
  from: number;
  to: number;
  change: number;
  /** Its change as a share of the change in all clients (null when that is not growth). */
  sharePct: number | null;
}

export interface GrowthBetween {
  from: string;
  to: string;
  threshold: number;
  /** The change in distinct clients (a client of two providers counts once here). */
  totalChange: number;
  /** Every provider whose clients changed, the largest growth first (ties by code). */
  drivers: GrowthDriver[];
  /** Those that grew by at least the threshold, and their share of the growth together. */
  concentrated: GrowthDriver[];
  concentratedSharePct: number | null;
}

/**
 * Who drives growth between two chosen years (metrics.md, growth concentration):
 * per provider its change in clients and its share of the change in all clients.
 */
export function growthBetween(
  m: MetricsJson,
  from: string,
  to: string,
  threshold: number,
): GrowthBetween {
  const totalChange = (m.byYear[to]?.clients ?? 0) - (m.byYear[from]?.clients ?? 0);
  const share = (change: number) =>
    totalChange > 0 ? round((100 * change) / totalChange, 1) : null;
  const drivers = Object.entries(m.providers)
    .map(([provider, p]): GrowthDriver => {
      const a = p.clients[from] ?? 0;
      const b = p.clients[to] ?? 0;
      return {
        provider,
        name: p.name,
        group: p.group,
        from: a,
        to: b,
        change: b - a,
        sharePct: share(b - a),
      };
    })
    .filter((d) => d.change !== 0)
    .sort((x, y) => y.change - x.change || (x.provider < y.provider ? -1 : 1));
  const concentrated = drivers.filter((d) => d.change >= threshold);
  const together = concentrated.reduce((s, d) => s + d.change, 0);
  return {
    from,
    to,
    threshold,
    totalChange,
    drivers,
    concentrated,
    concentratedSharePct: concentrated.length > 0 ? share(together) : null,
  };
}
