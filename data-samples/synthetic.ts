import type { Cents, DayNumber } from '../shared/brand';
import type { IbProduct } from '../shared/model/products';
import { providerGroups } from '../shared/model/providerGroups';
import {
  type Allocation,
  type CostLine,
  emptyRecords,
  type Records,
} from '../shared/model/records';
import { civilFromDay, dayFromCivil, daysInMonth, yearMonthOf } from '../shared/periods/days';
import { between, seededRandom, weighted } from './random';

export interface SyntheticOptions {
  /** Write monthly cost lines (else a tariff table). */
  costLines?: boolean;
  seed?: number;
  firstYear?: number;
  years?: number;
  /** Spread the clients over this many municipalities (Drechtsteden's codes first); none by default. */
  municipalities?: number;
}

/** Municipality codes for synthetic data: the seven Drechtsteden, then made-up ones. */
const SYNTHETIC_MUNICIPALITIES = [
  'GM0482',
  'GM0505',
  'GM0523',
  'GM0531',
  'GM0590',
  'GM0610',
  'GM0642',
];
const syntheticMunicipality = (k: number) =>
  SYNTHETIC_MUNICIPALITIES[k] ?? `GM${String(9000 + k).padStart(4, '0')}`;

const TARIFF: Record<IbProduct, number> = { IB0: 18_500, IB1: 45_500, IB2: 70_000, IB3: 93_000 };

/**
 * `n` IB allocations for tests and benchmarks, fast and seeded: chains with
 * back-to-back, short and long gaps, overlaps across providers, ongoing and
 * planned future ends, credits in cost lines, birth dates and birth years.
 */
export function syntheticRecords(n: number, options: SyntheticOptions = {}): Records {
  const random = seededRandom(options.seed ?? 7);
  const firstYear = options.firstYear ?? 2015;
  const years = options.years ?? 5;
  const from = dayFromCivil(firstYear, 1, 1);
  const to = dayFromCivil(firstYear + years - 1, 12, 31);
  const records = emptyRecords();
  const nProviders = Math.max(5, Math.round(Math.sqrt(n) / 1.5));
  for (let p = 0; p < nProviders; p++) {
    records.providers.push({
      provider: `P${p}`,
      name: `Aanbieder ${p}`,
      group: providerGroups[weighted(random, [30, 20, 5, 12, 18, 5, 10])] ?? 'overig',
    });
  }
  let clientNo = 0;
  const nMunicipalities = options.municipalities ?? 0;
  while (records.allocations.length < n) {
    const client = `C${clientNo++}`;
    // Larger municipalities first: weights 1, 1/2, 1/3, … (Dordrecht-like and smaller).
    const municipality =
      nMunicipalities > 0
        ? syntheticMunicipality(
            weighted(
              random,
              Array.from({ length: nMunicipalities }, (_, k) => 60 / (k + 1)),
            ),
          )
        : null;
    const r = random();
    records.clients.push({
      client,
      birthMonth: r < 0.9 ? yearMonthOf(from - between(random, 18 * 365, 90 * 365)) : null,
      birthYear: r >= 0.9 && r < 0.97 ? firstYear - between(random, 18, 90) : null,
      gender: random() < 0.52 ? 'v' : random() < 0.96 ? 'm' : 'x',
      municipality,
    });
    let provider = `P${Math.floor(random() ** 1.6 * nProviders)}`;
    let s = between(random, from - 200, to);
    const pieces = 1 + weighted(random, [50, 25, 12, 8, 5]);
    for (let k = 0; k < pieces && records.allocations.length < n; k++) {
      const length = between(random, 20, 700);
      const product = pickProduct(random, s);
      const last = k === pieces - 1;
      const open = last && random() < 0.25;
      const e = s + length - 1;
      records.allocations.push({
        client,
        provider,
        product,
        start: s as DayNumber,
        end: open ? null : (e as DayNumber),
        municipality: null,
        reasonEnd: null,
        referrer: null,
        registration: random() < 0.5 ? ((s - between(random, 0, 90)) as DayNumber) : null,
        volume: null,
      });
      if (random() < 0.1) provider = `P${Math.floor(random() * nProviders)}`;
      // Next piece: back to back, a short or long gap (31 vs 32 days around the edge), or an overlap.
      const g = random();
      const gap =
        g < 0.45
          ? 0
          : g < 0.6
            ? between(random, 1, 31)
            : g < 0.7
              ? 32
              : g < 0.85
                ? between(random, 33, 400)
                : -between(random, 1, 60);
      s = e + 1 + gap;
      if (s > to) break;
    }
  }
  if (options.costLines) records.costLines = costLinesFor(records.allocations, random, to);
  else {
    for (let y = firstYear; y < firstYear + years; y++) {
      for (const product of ['IB0', 'IB1', 'IB2', 'IB3'] as const) {
        records.tariffs.push({
          product,
          year: y,
          perMonth: Math.round(TARIFF[product] * 1.02 ** (y - firstYear)) as Cents,
        });
      }
    }
  }
  return records;
}

function pickProduct(random: () => number, start: number): IbProduct {
  return `IB${weighted(random, [start >= dayFromCivil(2018, 8, 1) ? 10 : 0, 45, start >= dayFromCivil(2016, 1, 1) ? 30 : 0, 25])}` as IbProduct;
}

/** One line per allocation and month (pro rata), a credit and correction now and then. */
function costLinesFor(
  allocations: readonly Allocation[],
  random: () => number,
  to: number,
): CostLine[] {
  const lines: CostLine[] = [];
  for (const a of allocations) {
    const end = Math.min(a.end ?? to, to);
    let d = a.start as number;
    while (d <= end) {
      const { year, month } = civilFromDay(d);
      const monthStart = dayFromCivil(year, month, 1);
      const monthEnd = dayFromCivil(year, month, daysInMonth(year, month));
      const days = Math.min(monthEnd, end) - d + 1;
      const amount = Math.round(
        (TARIFF[a.product as IbProduct] * days) / daysInMonth(year, month),
      ) as Cents;
      const line = {
        client: a.client,
        provider: a.provider,
        product: a.product,
        periodKind: 'month' as const,
        periodStart: monthStart as DayNumber,
        periodEnd: monthEnd as DayNumber,
      };
      lines.push({ ...line, amount });
      if (random() < 0.02)
        lines.push(
          { ...line, amount: -amount as Cents },
          { ...line, amount: Math.round(amount / 2) as Cents },
        );
      d = monthEnd + 1;
    }
  }
  return lines;
}

/**
 * The same records as `parts` import batches, each table cut into consecutive
 * pieces (tariffs and the other small tables with the first): the same data at a coarser granularity.
 */
export function splitRecords(records: Records, parts: number): Records[] {
  return Array.from({ length: parts }, (_, k) => {
    const piece = <T>(xs: readonly T[]) =>
      xs.slice(Math.floor((k * xs.length) / parts), Math.floor(((k + 1) * xs.length) / parts));
    return {
      allocations: piece(records.allocations),
      clients: piece(records.clients),
      providers: piece(records.providers),
      costLines: piece(records.costLines),
      tariffs: k === 0 ? records.tariffs : [],
      population: k === 0 ? records.population : [],
      references: k === 0 ? records.references : [],
      budgets: k === 0 ? records.budgets : [],
      ceilings: k === 0 ? records.ceilings : [],
      targets: k === 0 ? records.targets : [],
      measures: k === 0 ? records.measures : [],
    };
  });
}
