import { ibProducts } from '../model/products';
import { providerGroups } from '../model/providerGroups';
import { civilFromDay, dayFromCivil, isoDate } from '../periods/days';
import { monthlyCost } from './cost';
import type { Dataset } from './dataset';
import { NONE } from './dataset';
import { kaplanMeier, medianSurvival, type SurvivalCurve, survivalAt } from './kaplanMeier';
import { euro, percent, round } from './round';
import { buildTrajectories, type Trajectories } from './trajectories';

export interface MetricsParams {
  /** ISO date; default: the latest allocation start or cost-period end. */
  peildatum?: number;
  gapDays?: number;
  rejectedRows?: number;
}

export interface YearFigures {
  clients: number;
  inflow: number;
  outflow: number;
  outflowRatePct: number | null;
  activeAtYearEnd: number;
  reentry: number;
  providersActive: number;
  costTotal: number | null;
  costPerClientMonth: number | null;
  meanAgeAtStart: number | null;
  medianDaysKM: number | null;
  meanDaysEnded: number | null;
}

/** The figures of metrics.md in the shape of `cli metrics --json` (cli.md). */
export interface MetricsJson {
  meta: {
    peildatum: string;
    gapDays: number;
    costSource: 'lines' | 'tariffs' | 'none';
    counts: {
      allocations: number;
      clients: number;
      providers: number;
      costLines: number;
      trajectories: number;
      rejectedRows: number;
    };
  };
  years: string[];
  byYear: Record<string, YearFigures>;
  providerGroups: Record<string, Record<string, number>>;
  products: Record<string, { clients: Record<string, number>; cost?: Record<string, number> }>;
  duration: {
    medianDaysKM: number | null;
    meanDaysEnded: number | null;
    ongoingAfter365Pct: number | null;
    ongoingAfter730Pct: number | null;
  };
  transitions: Record<string, number>;
}

export const DEFAULT_GAP_DAYS = 31;

/** Computes every figure of the contract for a dataset. */
export function computeMetrics(ds: Dataset, params: MetricsParams = {}): MetricsJson {
  const peildatum = params.peildatum ?? ds.dataEnd;
  const gapDays = params.gapDays ?? DEFAULT_GAP_DAYS;
  const tr = buildTrajectories(ds, peildatum, gapDays);

  let earliest = peildatum;
  for (let i = 0; i < ds.n; i++)
    if ((ds.start[i] as number) < earliest) earliest = ds.start[i] as number;
  const firstYear = civilFromDay(earliest).year;
  const lastYear = civilFromDay(peildatum).year;
  const nYears = lastYear - firstYear + 1;
  const yearKeys = Array.from({ length: nYears }, (_, k) => String(firstYear + k));
  const yearOf = (day: number) => civilFromDay(day).year - firstYear;
  const yearEnd = (y: number) => Math.min(dayFromCivil(firstYear + y, 12, 31), peildatum);

  // Presence of clients and providers per year, from allocation days ≤ peildatum.
  const clientYears = new Set<number>();
  const providerYears = new Set<number>();
  const groupClientYears = new Set<number>();
  const productClientYears = new Set<number>();
  const activeAtEnd = new Set<number>();
  const nClients = ds.clientIds.length;
  for (let i = 0; i < ds.n; i++) {
    const s = ds.start[i] as number;
    if (s > peildatum) continue;
    const e = Math.min(ds.end[i] as number, peildatum);
    const c = ds.client[i] as number;
    const p = ds.provider[i] as number;
    const g = p === NONE ? providerGroups.indexOf('overig') : (ds.providerGroup[p] as number);
    for (let y = Math.max(0, yearOf(s)); y <= yearOf(e) && y < nYears; y++) {
      clientYears.add(y * nClients + c);
      if (p !== NONE) providerYears.add(y * ds.providerIds.length + p);
      groupClientYears.add((y * providerGroups.length + g) * nClients + c);
      productClientYears.add((y * 4 + (ds.product[i] as number)) * nClients + c);
      if (s <= yearEnd(y) && e >= yearEnd(y)) activeAtEnd.add(y * nClients + c);
    }
  }
  /** Counts set keys per `floor(key / width)`. */
  const countBy = (set: Set<number>, width: number, buckets: number) => {
    const out = new Array<number>(buckets).fill(0);
    for (const key of set) bump(out, Math.floor(key / width));
    return out;
  };
  const countPerYear = (set: Set<number>, width: number) => countBy(set, width, nYears);
  const clientsY = countPerYear(clientYears, nClients);
  const providersY = countPerYear(providerYears, Math.max(1, ds.providerIds.length));
  const activeY = countPerYear(activeAtEnd, nClients);

  // Flows, re-entry, age and duration per start year.
  const inflowY = new Array<number>(nYears).fill(0);
  const outflowY = new Array<number>(nYears).fill(0);
  const reentryY = new Array<number>(nYears).fill(0);
  const ageSum = new Array<number>(nYears).fill(0);
  const ageCount = new Array<number>(nYears).fill(0);
  const durations = new Int32Array(tr.count);
  for (let t = 0; t < tr.count; t++) {
    const s = tr.start[t] as number;
    const y = yearOf(s);
    bump(inflowY, y);
    if (!tr.ongoing[t]) bump(outflowY, yearOf(tr.end[t] as number));
    if (t > 0 && tr.client[t - 1] === tr.client[t] && s - (tr.end[t - 1] as number) <= 365) {
      bump(reentryY, y);
    }
    const birth = ds.birthDay[tr.client[t] as number] as number;
    if (birth !== NONE) {
      bump(ageSum, y, wholeYears(birth, s));
      bump(ageCount, y);
    }
    durations[t] = (tr.end[t] as number) - s + 1;
  }
  const durationsByYear = (y: number | null) => {
    const d: number[] = [];
    const e: number[] = [];
    for (let t = 0; t < tr.count; t++) {
      if (y !== null && yearOf(tr.start[t] as number) !== y) continue;
      d.push(durations[t] as number);
      e.push(tr.ongoing[t] ? 0 : 1);
    }
    return { d, e };
  };
  const meanEnded = (d: number[], e: number[]) => {
    let sum = 0;
    let k = 0;
    d.forEach((v, i) => {
      if (e[i]) {
        sum += v;
        k++;
      }
    });
    return k === 0 ? null : round(sum / k, 1);
  };

  // Cost.
  const cost = monthlyCost(ds, firstYear, lastYear, peildatum);
  const costY = new Array<number>(nYears).fill(0);
  const clientMonthsY = new Array<number>(nYears).fill(0);
  for (let c = 0; c < nClients; c++) {
    for (let m = 0; m < cost.months; m++) {
      const v = cost.cents[c * cost.months + m] as number;
      if (v === 0) continue;
      const y = Math.floor(m / 12);
      bump(costY, y, v);
      if (v > 1e-6) bump(clientMonthsY, y);
    }
  }

  const byYear: Record<string, YearFigures> = {};
  for (let y = 0; y < nYears; y++) {
    const { d, e } = durationsByYear(y);
    const curve = kaplanMeier(d, e);
    byYear[yearKeys[y] as string] = {
      clients: clientsY[y] as number,
      inflow: inflowY[y] as number,
      outflow: outflowY[y] as number,
      outflowRatePct: percent(outflowY[y] as number, clientsY[y] as number),
      activeAtYearEnd: activeY[y] as number,
      reentry: reentryY[y] as number,
      providersActive: providersY[y] as number,
      costTotal: cost.source === 'none' ? null : euro(costY[y] as number),
      costPerClientMonth:
        cost.source === 'none' || clientMonthsY[y] === 0
          ? null
          : round((costY[y] as number) / (clientMonthsY[y] as number) / 100, 2),
      meanAgeAtStart: ageCount[y]
        ? round((ageSum[y] as number) / (ageCount[y] as number), 1)
        : null,
      medianDaysKM: d.length ? medianSurvival(curve) : null,
      meanDaysEnded: meanEnded(d, e),
    };
  }

  const groupCounts = countBy(groupClientYears, nClients, nYears * providerGroups.length);
  const groupsOut: Record<string, Record<string, number>> = {};
  providerGroups.forEach((group, g) => {
    const perYear: Record<string, number> = {};
    let any = false;
    for (let y = 0; y < nYears; y++) {
      const n = groupCounts[y * providerGroups.length + g] as number;
      perYear[yearKeys[y] as string] = n;
      if (n > 0) any = true;
    }
    if (any) groupsOut[group] = perYear;
  });

  const productCounts = countBy(productClientYears, nClients, nYears * 4);
  const productsOut: MetricsJson['products'] = {};
  ibProducts.forEach((product, p) => {
    const clients: Record<string, number> = {};
    const costs: Record<string, number> = {};
    let any = false;
    for (let y = 0; y < nYears; y++) {
      const n = productCounts[y * 4 + p] as number;
      clients[yearKeys[y] as string] = n;
      costs[yearKeys[y] as string] = euro(cost.productYear[p * cost.years + y] as number);
      if (n > 0) any = true;
    }
    if (any) productsOut[product] = cost.source === 'none' ? { clients } : { clients, cost: costs };
  });

  const all = durationsByYear(null);
  const allCurve: SurvivalCurve = kaplanMeier(all.d, all.e);
  const ongoingPct = (t: number) => (all.d.length ? round(100 * survivalAt(allCurve, t), 1) : null);

  return {
    meta: {
      peildatum: isoDate(peildatum),
      gapDays,
      costSource: cost.source,
      counts: {
        allocations: ds.allAllocations,
        clients: distinctClientsWithAllocations(ds),
        providers: ds.providerIds.length,
        costLines: ds.costs?.n ?? 0,
        trajectories: tr.count,
        rejectedRows: params.rejectedRows ?? 0,
      },
    },
    years: yearKeys,
    byYear,
    providerGroups: groupsOut,
    products: productsOut,
    duration: {
      medianDaysKM: all.d.length ? medianSurvival(allCurve) : null,
      meanDaysEnded: meanEnded(all.d, all.e),
      ongoingAfter365Pct: ongoingPct(365),
      ongoingAfter730Pct: ongoingPct(730),
    },
    transitions: transitions(ds, tr),
  };
}

function bump(counts: number[], index: number, by = 1): void {
  counts[index] = (counts[index] ?? 0) + by;
}

/** Whole years between a birth day and a day. */
export function wholeYears(birth: number, day: number): number {
  const b = civilFromDay(birth);
  const d = civilFromDay(day);
  let age = d.year - b.year;
  if (d.month < b.month || (d.month === b.month && d.day < b.day)) age--;
  return age;
}

function distinctClientsWithAllocations(ds: Dataset): number {
  const seen = new Uint8Array(ds.clientIds.length);
  let n = 0;
  for (let i = 0; i < ds.n; i++) {
    const c = ds.client[i] as number;
    if (!seen[c]) {
      seen[c] = 1;
      n++;
    }
  }
  return n;
}

/** Product changes between consecutive allocations of a trajectory, keyed `from>to`. */
function transitions(ds: Dataset, tr: Trajectories): Record<string, number> {
  const out: Record<string, number> = {};
  for (let t = 0; t < tr.count; t++) {
    for (let k = (tr.offset[t] as number) + 1; k < (tr.offset[t + 1] as number); k++) {
      const a = ds.product[tr.members[k - 1] as number] as number;
      const b = ds.product[tr.members[k] as number] as number;
      if (a === b) continue;
      const key = `${ibProducts[a]}>${ibProducts[b]}`;
      out[key] = (out[key] ?? 0) + 1;
    }
  }
  return out;
}
