import { type Dataset, tariffKey } from '../metrics/dataset';
import { durationsByGroup } from '../metrics/durations';
import type { MetricsEngine } from '../metrics/engine';
import { type MetricsParams, tariffsFor } from '../metrics/params';
import { percent, round } from '../metrics/round';
import type { Trajectories } from '../metrics/trajectories';
import { IB_PRODUCT_COUNT, ibProducts } from '../model/products';
import { civilFromDay, dayFromCivil, daysInMonth, isoDate } from '../periods/days';

/** One window of a before/after comparison (`effect --json`, cli.md). */
export interface EffectWindow {
  from: string;
  to: string;
  /** Its length: shorter than the other where the data end (or begin). */
  days: number;
  inflow: Record<string, number>;
  inflowSharePct: Record<string, number | null>;
  inflowTotal: number;
  clients: number;
  costPerClientMonth: number | null;
  medianDaysKM: number | null;
}

export interface EffectJson {
  date: string;
  months: number;
  before: EffectWindow;
  after: EffectWindow;
}

/** The same day `months` later (or earlier, when negative); the month's last day where it has fewer. */
export function addMonths(day: number, months: number): number {
  const { year, month, day: d } = civilFromDay(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return dayFromCivil(y, m, Math.min(d, daysInMonth(y, m)));
}

/**
 * Before and after a measure (metrics.md, "Measures"): two windows of equal
 * length, ending the day before and starting on its date, clipped to the data;
 * per window inflow per product and its shares, clients, cost per client per
 * month and the Kaplan–Meier median of the trajectories starting in it.
 */
export function measureEffect(
  engine: MetricsEngine,
  params: MetricsParams,
  date: number,
  months = 12,
): EffectJson {
  const ds = engine.ds;
  const { frame, tr, cost } = engine.costPass({ ...params, filters: {} });
  const peildatum = frame.peildatum;
  const windows = [
    { from: Math.max(addMonths(date, -months), ds.dataStart), to: date - 1 },
    { from: date, to: Math.min(addMonths(date, months) - 1, peildatum) },
  ];
  const tariffs = ds.costs ? null : tariffsFor(ds, params);
  const shaped = windows.map(({ from, to }, w): EffectWindow => {
    const inflow = new Int32Array(IB_PRODUCT_COUNT);
    for (let t = 0; t < tr.count; t++) {
      const s = tr.start[t] as number;
      if (s < from || s > to) continue;
      const q = ds.product[tr.first[t] as number] as number;
      inflow[q] = (inflow[q] as number) + 1;
    }
    const total = inflow.reduce((a, b) => a + b, 0);
    let cents = 0;
    for (let d = Math.max(from, frame.firstDay); d <= to; d++)
      cents += cost.perDay[d - frame.firstDay] as number;
    const clientMonths = ds.costs
      ? lineClientMonths(ds, from, to, peildatum)
      : tariffClientMonths(ds, tr, tariffs, from, to);
    const present = ibProducts.filter((_, q) => (inflow[q] as number) > 0);
    return {
      from: isoDate(from),
      to: isoDate(to),
      days: Math.max(0, to - from + 1),
      inflow: Object.fromEntries(present.map((p) => [p, inflow[ibProducts.indexOf(p)] as number])),
      inflowSharePct: Object.fromEntries(
        present.map((p) => [p, percent(inflow[ibProducts.indexOf(p)] as number, total)]),
      ),
      inflowTotal: total,
      clients: clientsIn(ds, tr, from, to),
      costPerClientMonth:
        cost.source === 'none' || clientMonths === 0 ? null : round(cents / clientMonths / 100, 2),
      medianDaysKM: medianOfStarts(tr, w, windows),
    };
  });
  return {
    date: isoDate(date),
    months,
    before: shaped[0] as EffectWindow,
    after: shaped[1] as EffectWindow,
  };
}

/** Distinct clients with an allocation day in from..to (members come in client order). */
function clientsIn(ds: Dataset, tr: Trajectories, from: number, to: number): number {
  let clients = 0;
  let counted = -1;
  for (let k = 0; k < tr.members.length; k++) {
    const i = tr.members[k] as number;
    const c = ds.client[i] as number;
    if (c === counted || (ds.start[i] as number) > to || (ds.end[i] as number) < from) continue;
    counted = c;
    clients++;
  }
  return clients;
}

/** The Kaplan–Meier median of the trajectories starting in window w (durations up to the peildatum). */
function medianOfStarts(
  tr: Trajectories,
  w: number,
  windows: readonly { from: number; to: number }[],
): number | null {
  const { from, to } = windows[w] as { from: number; to: number };
  const picked: number[] = [];
  for (let t = 0; t < tr.count; t++) {
    const s = tr.start[t] as number;
    if (s >= from && s <= to) picked.push(t);
  }
  const duration = Int32Array.from(
    picked,
    (t) => (tr.end[t] as number) - (tr.start[t] as number) + 1,
  );
  const ended = Uint8Array.from(picked, (t) => (tr.ongoing[t] ? 0 : 1));
  const stats = durationsByGroup(duration, ended, new Int32Array(picked.length), 1);
  return stats[0]?.figures.medianDaysKM ?? null;
}

const monthIndex = (day: number) => {
  const { year, month } = civilFromDay(day);
  return year * 12 + month - 1;
};

/** Client-months in from..to with cost from tariffs: a month an allocation with a positive tariff covers. */
function tariffClientMonths(
  ds: Dataset,
  tr: Trajectories,
  tariffs: Map<string, number> | null,
  from: number,
  to: number,
): number {
  if (!tariffs) return 0;
  let months = 0;
  let client = -1;
  let coveredUpTo = -1;
  for (let k = 0; k < tr.members.length; k++) {
    const i = tr.members[k] as number;
    const s = Math.max(ds.start[i] as number, from);
    const e = Math.min(ds.end[i] as number, to, tr.peildatum);
    if (e < s) continue;
    if (ds.client[i] !== client) {
      client = ds.client[i] as number;
      coveredUpTo = -1;
    }
    const q = ds.product[i] as number;
    const last = monthIndex(e);
    for (let m = Math.max(monthIndex(s), coveredUpTo + 1); m <= last; m++)
      if ((tariffs.get(tariffKey(q, Math.floor(m / 12))) ?? 0) > 0) months++;
    coveredUpTo = Math.max(coveredUpTo, last);
  }
  return months;
}

/** Client-months in from..to with a net cost above zero (credit lines netted per client and month). */
function lineClientMonths(ds: Dataset, from: number, to: number, peildatum: number): number {
  const c = ds.costs;
  if (!c) return 0;
  let months = 0;
  let client = -1;
  const net = new Map<number, number>();
  const flush = () => {
    for (const v of net.values()) if (v > 1e-6) months++;
    net.clear();
  };
  for (let i = 0; i < c.n; i++) {
    const s = c.start[i] as number;
    const e = c.end[i] as number;
    if (s > peildatum || e < from || s > to) continue;
    if (c.client[i] !== client) {
      flush();
      client = c.client[i] as number;
    }
    const perDay = (c.cents[i] as number) / (e - s + 1);
    for (let d = Math.max(s, from); d <= Math.min(e, to); ) {
      const { year, month } = civilFromDay(d);
      const monthEnd = Math.min(dayFromCivil(year, month, daysInMonth(year, month)), e, to);
      const m = year * 12 + month - 1;
      net.set(m, (net.get(m) ?? 0) + perDay * (monthEnd - d + 1));
      d = monthEnd + 1;
    }
  }
  flush();
  return months;
}
