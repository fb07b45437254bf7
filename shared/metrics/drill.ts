import { ibProducts } from '../model/products';
import { providerGroups } from '../model/providerGroups';
import { UNKNOWN_KEY } from '../model/reasons';
import { isoDate } from '../periods/days';
import { type PeriodKind, periodRange } from '../periods/periods';
import { type Dataset, NONE } from './dataset';
import { type Frame, periodTable } from './frame';
import { endingReason } from './shape/reasons';
import type { Trajectories } from './trajectories';

/** The figures a user can open to see the trajectories behind them. */
export const drillMetrics = ['clients', 'inflow', 'outflow', 'activeAtYearEnd', 'reentry'] as const;
export type DrillMetric = (typeof drillMetrics)[number];

/** A figure of one period: `{ metric: 'inflow', kind: 'year', period: '2019' }`. */
export interface DrillQuery {
  metric: DrillMetric;
  kind: PeriodKind;
  period: string;
  /**
   * Only this provider's (a code), and no other filter: what Sturen shows per
   * provider (its figures are of all the data).
   */
  provider?: string;
  /** Outflow only: the trajectories that ended for one of these reasons (keys of `outflowByReason`). */
  reasons?: readonly string[];
  /** Inflow only: the trajectories whose first allocation has this referrer (a key of `inflowByReferrer`). */
  referrer?: string;
}

/** One trajectory behind a figure (the client by pseudonym only). */
export interface DrillRow {
  client: string;
  start: string;
  /** Null while ongoing at the peildatum. */
  end: string | null;
  days: number;
  /** The products in order of first use, e.g. `IB2 → IB1`. */
  products: string;
  provider: string;
  group: string;
  municipality: string | null;
}

export interface DrillResult {
  query: DrillQuery;
  /** Trajectories behind the figure, and their distinct clients. */
  trajectories: number;
  clients: number;
  rows: DrillRow[];
  /** True when more trajectories matched than `rows` holds. */
  truncated: boolean;
}

export const DRILL_LIMIT = 50_000;

/**
 * The trajectories behind a figure, selected exactly as the figure counts them:
 * inflow, outflow and re-entry by the trajectory (its first allocation passes
 * the filter); clients and active-at-year-end by the selected allocations that
 * run in the period (or on its last day).
 */
export function drillDown(
  ds: Dataset,
  frame: Frame,
  tr: Trajectories,
  aMask: Uint8Array | null,
  tMask: Uint8Array | null,
  query: DrillQuery,
  limit = DRILL_LIMIT,
): DrillResult {
  const empty = { query, trajectories: 0, clients: 0, rows: [], truncated: false };
  const table = periodTable(frame, query.kind);
  const q = table.keys.indexOf(query.period);
  if (q < 0) return empty;
  const range = periodRange(table.periods[q] as (typeof table.periods)[number]);
  const from = Math.max(range.start, frame.firstDay);
  const to = Math.min(range.end, frame.peildatum);
  if (query.metric === 'activeAtYearEnd' && query.kind !== 'year') return empty;

  const anyMember = (t: number, test: (s: number, e: number) => boolean): boolean => {
    for (let k = tr.offset[t] as number; k < (tr.offset[t + 1] as number); k++) {
      const i = tr.members[k] as number;
      if (aMask && !aMask[i]) continue;
      const s = Math.max(ds.start[i] as number, frame.firstDay);
      const e = Math.min(ds.end[i] as number, frame.peildatum);
      if (e >= s && test(s, e)) return true;
    }
    return false;
  };
  // A reason or referrer as the figures key it: its index in the dataset, NONE for `onbekend`;
  // a key the data do not have selects nothing.
  const indexOf = (key: string, keys: readonly string[]): number | null => {
    if (key === UNKNOWN_KEY) return NONE;
    const k = keys.indexOf(key);
    return k < 0 ? null : k;
  };
  const reasons =
    query.reasons === undefined
      ? null
      : new Set(
          query.reasons
            .map((key) => indexOf(key, ds.reasons))
            .filter((k): k is number => k !== null),
        );
  const referrer = query.referrer === undefined ? undefined : indexOf(query.referrer, ds.referrers);
  if (reasons?.size === 0 || referrer === null) return empty;
  const selected = (t: number): boolean => {
    const s = tr.start[t] as number;
    const e = tr.end[t] as number;
    switch (query.metric) {
      case 'inflow':
        return (
          (!tMask || tMask[t] === 1) &&
          s >= from &&
          s <= to &&
          (referrer === undefined || ds.referrer[tr.first[t] as number] === referrer)
        );
      case 'outflow':
        return (
          (!tMask || tMask[t] === 1) &&
          !tr.ongoing[t] &&
          e >= from &&
          e <= to &&
          (reasons === null || reasons.has(endingReason(ds, tr, t)))
        );
      case 'reentry':
        return (
          (!tMask || tMask[t] === 1) &&
          s >= from &&
          s <= to &&
          t > 0 &&
          tr.client[t - 1] === tr.client[t] &&
          s - (tr.end[t - 1] as number) <= 365
        );
      case 'clients':
        return anyMember(t, (a, b) => a <= to && b >= from);
      case 'activeAtYearEnd':
        return anyMember(t, (a, b) => a <= to && b >= to);
    }
  };

  const rows: DrillRow[] = [];
  let trajectories = 0;
  let clients = 0;
  let lastClient = -1;
  for (let t = 0; t < tr.count; t++) {
    if (!selected(t)) continue;
    trajectories++;
    const c = tr.client[t] as number;
    if (c !== lastClient) {
      clients++;
      lastClient = c;
    }
    if (rows.length < limit) rows.push(row(ds, tr, t));
  }
  return { query, trajectories, clients, rows, truncated: trajectories > rows.length };
}

function row(ds: Dataset, tr: Trajectories, t: number): DrillRow {
  const first = tr.first[t] as number;
  const p = ds.provider[first] as number;
  const products: string[] = [];
  for (let k = tr.offset[t] as number; k < (tr.offset[t + 1] as number); k++) {
    const product = ibProducts[ds.product[tr.members[k] as number] as number] as string;
    if (products.at(-1) !== product) products.push(product);
  }
  const m = ds.municipality[first] as number;
  const start = tr.start[t] as number;
  const end = tr.end[t] as number;
  return {
    client: ds.clientIds.at(tr.client[t] as number),
    start: isoDate(start),
    end: tr.ongoing[t] ? null : isoDate(end),
    days: end - start + 1,
    products: products.join(' → '),
    provider: p === NONE ? '' : (ds.providerNames[p] ?? (ds.providerIds[p] as string)),
    group: p === NONE ? 'overig' : (providerGroups[ds.providerGroup[p] as number] as string),
    municipality: m === NONE ? null : (ds.municipalities[m] as string),
  };
}
