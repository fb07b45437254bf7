import { civilFromDay, daysInMonth } from '../periods/days';
import { type Dataset, NONE, tariffKey } from './dataset';
import { bump } from './distinct';
import type { Frame } from './frame';
import type { Trajectories } from './trajectories';

export type CostSource = 'lines' | 'tariffs' | 'none';

/** Cost figures in (possibly fractional) cents. */
export interface CostResult {
  source: CostSource;
  /** Per calendar month of the frame (month 0 = January of the first year). */
  perMonth: Float64Array;
  perYear: Float64Array;
  /** Client-months with a net cost above zero, per year. */
  clientMonthsPerYear: Int32Array;
  /** `[product * nYears + year]`. */
  perProductYear: Float64Array;
  /** `[provider * nYears + year]`. */
  perProviderYear: Float64Array;
  providerClientMonthsPerYear: Int32Array;
  /** Per trajectory; NaN where nothing was booked. */
  perTrajectory: Float64Array;
  /** Per day of the frame, for periods that do not follow months (4-week periods, ISO weeks). */
  perDay: Float64Array;
}

/** Which cost lines a filter selects, or null for all. */
export type LineMask = Uint8Array | null;

/**
 * Spreads cost over months: cost lines pro rata over the days of their period
 * (all of a line's amount stays within the frame); without lines, tariff ×
 * (allocation days in the month / days in the month). Credits are netted per
 * client and month before a client-month counts.
 */
export function computeCost(
  ds: Dataset,
  frame: Frame,
  tr: Trajectories,
  allocationMask: Uint8Array | null,
  lineMask: LineMask,
): CostResult {
  const nYears = frame.nYears;
  const nMonths = nYears * 12;
  const nProviders = ds.providerIds.length;
  const result: CostResult = {
    source: ds.costs ? 'lines' : ds.tariffs ? 'tariffs' : 'none',
    perMonth: new Float64Array(nMonths),
    perYear: new Float64Array(nYears),
    clientMonthsPerYear: new Int32Array(nYears),
    perProductYear: new Float64Array(4 * nYears),
    perProviderYear: new Float64Array(Math.max(1, nProviders) * nYears),
    providerClientMonthsPerYear: new Int32Array(Math.max(1, nProviders) * nYears),
    perTrajectory: new Float64Array(tr.count).fill(Number.NaN),
    perDay: new Float64Array(frame.yearIndex.length + 1),
  };
  if (result.source === 'none') return result;

  // Per client: net per month, overall and per provider (a client has few providers).
  const net = new Float64Array(nMonths);
  const touched: number[] = [];
  const providerNets: { provider: number; months: Float64Array; touched: number[] }[] = [];
  let providerSlots = 0;
  let currentClient = -1;

  const flushClient = () => {
    for (const m of touched) {
      if ((net[m] as number) > 1e-6) bump(result.clientMonthsPerYear, Math.floor(m / 12));
      net[m] = 0;
    }
    touched.length = 0;
    for (let k = 0; k < providerSlots; k++) {
      const slot = providerNets[k] as (typeof providerNets)[number];
      for (const m of slot.touched) {
        if ((slot.months[m] as number) > 1e-6) {
          bump(result.providerClientMonthsPerYear, slot.provider * nYears + Math.floor(m / 12));
        }
        slot.months[m] = 0;
      }
      slot.touched.length = 0;
    }
    providerSlots = 0;
  };

  const providerSlot = (provider: number) => {
    for (let k = 0; k < providerSlots; k++)
      if (providerNets[k]?.provider === provider)
        return providerNets[k] as (typeof providerNets)[number];
    let slot = providerNets[providerSlots];
    if (!slot) {
      slot = { provider, months: new Float64Array(nMonths), touched: [] };
      providerNets.push(slot);
    }
    slot.provider = provider;
    providerSlots++;
    return slot;
  };

  /** Books `amount` for days d0..d1 (one month) of a client. */
  const book = (
    client: number,
    provider: number,
    product: number,
    trajectory: number,
    d0: number,
    d1: number,
    amount: number,
  ) => {
    if (client !== currentClient) {
      flushClient();
      currentClient = client;
    }
    const { year, month } = civilFromDay(d0);
    const m = (year - frame.firstYear) * 12 + month - 1;
    if (m < 0 || m >= nMonths) return;
    const y = Math.floor(m / 12);
    if (net[m] === 0) touched.push(m);
    net[m] = (net[m] as number) + amount;
    result.perMonth[m] = (result.perMonth[m] as number) + amount;
    result.perYear[y] = (result.perYear[y] as number) + amount;
    if (product >= 0)
      result.perProductYear[product * nYears + y] =
        (result.perProductYear[product * nYears + y] as number) + amount;
    if (provider !== NONE) {
      const slot = providerSlot(provider);
      if (slot.months[m] === 0) slot.touched.push(m);
      slot.months[m] = (slot.months[m] as number) + amount;
      result.perProviderYear[provider * nYears + y] =
        (result.perProviderYear[provider * nYears + y] as number) + amount;
    }
    if (trajectory >= 0) {
      const before = result.perTrajectory[trajectory] as number;
      result.perTrajectory[trajectory] = (Number.isNaN(before) ? 0 : before) + amount;
    }
    const rate = amount / (d1 - d0 + 1);
    const a = d0 - frame.firstDay;
    const b = Math.min(d1, frame.peildatum) - frame.firstDay + 1;
    if (a >= 0 && a < b) {
      result.perDay[a] = (result.perDay[a] as number) + rate;
      result.perDay[b] = (result.perDay[b] as number) - rate;
    }
  };

  if (ds.costs) {
    const c = ds.costs;
    let t = 0;
    for (let i = 0; i < c.n; i++) {
      if (lineMask && !lineMask[i]) continue;
      const s = c.start[i] as number;
      if (s > frame.peildatum) continue;
      const client = c.client[i] as number;
      // The line belongs to the client's last trajectory that started by the line's period end.
      while (
        t < tr.count &&
        ((tr.client[t] as number) < client ||
          (tr.client[t] === client &&
            t + 1 < tr.count &&
            tr.client[t + 1] === client &&
            (tr.start[t + 1] as number) <= (c.end[i] as number)))
      )
        t++;
      const trajectory =
        t < tr.count && tr.client[t] === client && (tr.start[t] as number) <= (c.end[i] as number)
          ? t
          : -1;
      const from = Math.max(s, frame.firstDay);
      const to = Math.min(c.end[i] as number, frame.peildatum);
      if (to < from) continue;
      const share = (c.cents[i] as number) / (to - from + 1);
      forEachMonth(from, to, (d0, d1) =>
        book(
          client,
          c.provider[i] as number,
          c.product[i] as number,
          trajectory,
          d0,
          d1,
          share * (d1 - d0 + 1),
        ),
      );
    }
  } else if (ds.tariffs) {
    const tariffs = ds.tariffs;
    for (let k = 0; k < tr.members.length; k++) {
      const i = tr.members[k] as number;
      if (allocationMask && !allocationMask[i]) continue;
      const s = ds.start[i] as number;
      const e = Math.min(ds.end[i] as number, frame.peildatum);
      const p = ds.product[i] as number;
      forEachMonth(s, e, (d0, d1) => {
        const { year, month } = civilFromDay(d0);
        const perMonth = tariffs.get(tariffKey(p, year));
        if (perMonth === undefined) return;
        const amount = (perMonth * (d1 - d0 + 1)) / daysInMonth(year, month);
        book(
          ds.client[i] as number,
          ds.provider[i] as number,
          p,
          tr.trajectoryOf[i] as number,
          d0,
          d1,
          amount,
        );
      });
    }
  }
  flushClient();
  for (let d = 1; d < result.perDay.length; d++)
    result.perDay[d] = (result.perDay[d] as number) + (result.perDay[d - 1] as number);
  return result;
}

/** Calls `fn(first, last)` for each calendar month overlapped by the days start..end. */
export function forEachMonth(
  start: number,
  end: number,
  fn: (first: number, last: number) => void,
): void {
  let d = start;
  while (d <= end) {
    const { year, month, day } = civilFromDay(d);
    const last = Math.min(d + daysInMonth(year, month) - day, end);
    fn(d, last);
    d = last + 1;
  }
}
