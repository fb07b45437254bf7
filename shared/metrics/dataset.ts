import type { Gender } from '../model/gender';
import { type IbProduct, ibProducts, isIb } from '../model/products';
import { type ProviderGroup, providerGroups } from '../model/providerGroups';
import type { Records, Tariff } from '../model/records';
import { dayFromCivil } from '../periods/days';
import { sortByKeys } from './order';

/** Sentinel end day of an ongoing allocation. */
export const OPEN_END = 2 ** 31 - 1;
/** Sentinel for "unknown" in Int32 columns. */
export const NONE = -1;

export const genders: readonly Gender[] = ['m', 'v', 'x'];

/**
 * A dataset column-wise, with dictionaries for codes: built once, and every
 * figure is computed from these arrays (filters never rebuild it).
 */
export interface Dataset {
  /** IB allocations. */
  n: number;
  client: Int32Array;
  provider: Int32Array;
  /** Index into ibProducts. */
  product: Int8Array;
  start: Int32Array;
  end: Int32Array;
  /** The allocation's municipality, else the client's (index into municipalities). */
  municipality: Int32Array;
  registration: Int32Array;
  clientIds: string[];
  providerIds: string[];
  providerNames: (string | null)[];
  municipalities: string[];
  /** Per provider: index into providerGroups. */
  providerGroup: Int8Array;
  /** Per client: birth day (birth year only → 1 July), or NONE. */
  birthDay: Int32Array;
  /** Per client: index into genders, or NONE. */
  gender: Int8Array;
  /** Per client: municipality index, or NONE. */
  clientMunicipality: Int32Array;
  /** Non-IB Wmo allocations (for care stacking), sorted by client and start. */
  other: OtherColumns;
  /** Every accepted allocation, IB or not. */
  allAllocations: number;
  /** Cost lines of IB (or unspecified) products, sorted by client and period start. */
  costs: CostColumns | null;
  tariffs: Map<string, number> | null;
  /** Latest allocation start or cost-period end (the default peildatum). */
  dataEnd: number;
  /** Earliest IB allocation start. */
  dataStart: number;
}

export interface OtherColumns {
  n: number;
  client: Int32Array;
  product: Int32Array;
  start: Int32Array;
  end: Int32Array;
  products: string[];
}

export interface CostColumns {
  n: number;
  client: Int32Array;
  provider: Int32Array;
  product: Int8Array;
  start: Int32Array;
  end: Int32Array;
  cents: Float64Array;
}

export const tariffKey = (product: number, year: number): string => `${product}:${year}`;

/** IB tariffs by product and year (`tariffKey`), cents per client per month. */
export function tariffMap(tariffs: readonly Tariff[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const t of tariffs)
    if (isIb(t.product)) map.set(tariffKey(ibProducts.indexOf(t.product), t.year), t.perMonth);
  return map;
}

class Dictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  of(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(value, i);
    }
    return i;
  }
  find(value: string): number {
    return this.index.get(value) ?? NONE;
  }
}

const productIndex = (p: IbProduct): number => ibProducts.indexOf(p);
const julyFirst = (year: number): number => dayFromCivil(year, 7, 1);

/** Builds the columnar dataset from imported records. */
export function buildDataset(records: Records): Dataset {
  const clients = new Dictionary();
  const providers = new Dictionary();
  const municipalities = new Dictionary();
  for (const a of records.allocations) clients.of(a.client);
  for (const c of records.clients) clients.of(c.client);
  for (const l of records.costLines) clients.of(l.client);
  const nClients = clients.values.length;

  const birthDay = new Int32Array(nClients).fill(NONE);
  const gender = new Int8Array(nClients).fill(NONE);
  const clientMunicipality = new Int32Array(nClients).fill(NONE);
  for (const c of records.clients) {
    const i = clients.find(c.client);
    if (c.birthDate !== null) birthDay[i] = c.birthDate;
    else if (c.birthYear !== null) birthDay[i] = julyFirst(c.birthYear);
    if (c.gender !== null) gender[i] = genders.indexOf(c.gender);
    if (c.municipality !== null) clientMunicipality[i] = municipalities.of(c.municipality);
  }

  const ib = records.allocations.filter((a) => isIb(a.product));
  const n = ib.length;
  const client = new Int32Array(n);
  const provider = new Int32Array(n);
  const product = new Int8Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const municipality = new Int32Array(n);
  const registration = new Int32Array(n);
  let dataEnd = Number.NEGATIVE_INFINITY;
  let dataStart = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const a = ib[i] as (typeof ib)[number];
    const c = clients.of(a.client);
    client[i] = c;
    provider[i] = a.provider === null ? NONE : providers.of(a.provider);
    product[i] = productIndex(a.product as IbProduct);
    start[i] = a.start;
    end[i] = a.end ?? OPEN_END;
    municipality[i] =
      a.municipality === null
        ? (clientMunicipality[c] as number)
        : municipalities.of(a.municipality);
    registration[i] = a.registration ?? NONE;
    if (a.start > dataEnd) dataEnd = a.start;
    if (a.start < dataStart) dataStart = a.start;
  }

  const info = new Map(records.providers.map((p) => [p.provider, p]));
  const providerGroup = Int8Array.from(providers.values, (id) =>
    providerGroups.indexOf((info.get(id)?.group ?? 'overig') as ProviderGroup),
  );
  const providerNames = providers.values.map((id) => info.get(id)?.name ?? null);

  const others = records.allocations.filter((a) => !isIb(a.product));
  const otherProducts = new Dictionary();
  const otherOrder = sortByKeys(
    Int32Array.from(others, (a) => clients.find(a.client)),
    Int32Array.from(others, (a) => a.start),
  );
  const other: OtherColumns = {
    n: others.length,
    client: new Int32Array(others.length),
    product: new Int32Array(others.length),
    start: new Int32Array(others.length),
    end: new Int32Array(others.length),
    products: otherProducts.values,
  };
  otherOrder.forEach((src, k) => {
    const a = others[src] as (typeof others)[number];
    other.client[k] = clients.find(a.client);
    other.product[k] = otherProducts.of(a.product.replace(/^other:/, ''));
    other.start[k] = a.start;
    other.end[k] = a.end ?? OPEN_END;
  });

  let costs: CostColumns | null = null;
  if (records.costLines.length > 0) {
    const lines = records.costLines.filter((l) => l.product === null || isIb(l.product));
    const order = sortByKeys(
      Int32Array.from(lines, (l) => clients.find(l.client)),
      Int32Array.from(lines, (l) => l.periodStart),
    );
    const m = lines.length;
    const c: CostColumns = {
      n: m,
      client: new Int32Array(m),
      provider: new Int32Array(m),
      product: new Int8Array(m),
      start: new Int32Array(m),
      end: new Int32Array(m),
      cents: new Float64Array(m),
    };
    order.forEach((src, k) => {
      const l = lines[src] as (typeof lines)[number];
      c.client[k] = clients.find(l.client);
      c.provider[k] = l.provider === null ? NONE : providers.find(l.provider);
      c.product[k] = l.product === null ? NONE : productIndex(l.product as IbProduct);
      c.start[k] = l.periodStart;
      c.end[k] = l.periodEnd;
      c.cents[k] = l.amount;
    });
    for (const l of records.costLines) if (l.periodEnd > dataEnd) dataEnd = l.periodEnd;
    costs = c;
  }

  const tariffs = !costs && records.tariffs.length > 0 ? tariffMap(records.tariffs) : null;

  return {
    n,
    client,
    provider,
    product,
    start,
    end,
    municipality,
    registration,
    clientIds: clients.values,
    providerIds: providers.values,
    providerNames,
    municipalities: municipalities.values,
    providerGroup,
    birthDay,
    gender,
    clientMunicipality,
    other,
    allAllocations: records.allocations.length,
    costs,
    tariffs,
    dataEnd: Number.isFinite(dataEnd) ? dataEnd : 0,
    dataStart: Number.isFinite(dataStart) ? dataStart : 0,
  };
}
