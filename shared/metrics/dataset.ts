import { type IbProduct, ibProducts, isIb } from '../model/products';
import { type ProviderGroup, providerGroups } from '../model/providerGroups';
import type { Records } from '../model/records';
import { dayFromCivil } from '../periods/days';

/** Sentinel end day of an ongoing allocation. */
export const OPEN_END = 2 ** 31 - 1;
/** Sentinel for "unknown" in Int32 columns. */
export const NONE = -1;

/**
 * The IB allocations of a dataset, column-wise, with dictionaries for codes.
 * Built once per dataset; every figure is computed from these arrays.
 */
export interface Dataset {
  /** IB allocations. */
  n: number;
  client: Int32Array;
  provider: Int32Array;
  product: Int8Array;
  start: Int32Array;
  end: Int32Array;
  municipality: Int32Array;
  clientIds: string[];
  providerIds: string[];
  municipalities: string[];
  /** Per provider: index into providerGroups. */
  providerGroup: Int8Array;
  /** Per client: birth day (birth year only → 1 July), or NONE. */
  birthDay: Int32Array;
  /** Per client: municipality index, or NONE. */
  clientMunicipality: Int32Array;
  /** Every accepted allocation, IB or not. */
  allAllocations: number;
  costs: CostColumns | null;
  tariffs: Map<string, number> | null;
  /** Latest allocation start or cost-period end. */
  dataEnd: number;
}

export interface CostColumns {
  n: number;
  client: Int32Array;
  product: Int8Array;
  start: Int32Array;
  end: Int32Array;
  cents: Float64Array;
}

export const tariffKey = (product: number, year: number): string => `${product}:${year}`;

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

/** Builds the columnar dataset from imported records. */
export function buildDataset(records: Records): Dataset {
  const ib = records.allocations.filter((a) => isIb(a.product));
  const n = ib.length;
  const clients = new Dictionary();
  const providers = new Dictionary();
  const municipalities = new Dictionary();
  const ds = {
    n,
    client: new Int32Array(n),
    provider: new Int32Array(n),
    product: new Int8Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    municipality: new Int32Array(n),
  };
  let dataEnd = Number.NEGATIVE_INFINITY;
  ib.forEach((a, i) => {
    ds.client[i] = clients.of(a.client);
    ds.provider[i] = a.provider === null ? NONE : providers.of(a.provider);
    ds.product[i] = productIndex(a.product as IbProduct);
    ds.start[i] = a.start;
    ds.end[i] = a.end ?? OPEN_END;
    ds.municipality[i] = a.municipality === null ? NONE : municipalities.of(a.municipality);
    if (a.start > dataEnd) dataEnd = a.start;
  });

  const groupOf = new Map<string, ProviderGroup>(
    records.providers.map((p) => [p.provider, p.group]),
  );
  const providerGroup = Int8Array.from(providers.values, (id) =>
    providerGroups.indexOf(groupOf.get(id) ?? 'overig'),
  );

  const birthDay = new Int32Array(clients.values.length).fill(NONE);
  const clientMunicipality = new Int32Array(clients.values.length).fill(NONE);
  for (const c of records.clients) {
    const i = clients.find(c.client);
    if (i === NONE) continue;
    if (c.birthDate !== null) birthDay[i] = c.birthDate;
    else if (c.birthYear !== null) birthDay[i] = julyFirst(c.birthYear);
    if (c.municipality !== null) clientMunicipality[i] = municipalities.of(c.municipality);
  }

  let costs: CostColumns | null = null;
  const lines = records.costLines.filter((l) => l.product === null || isIb(l.product));
  if (records.costLines.length > 0) {
    const m = lines.length;
    costs = {
      n: m,
      client: new Int32Array(m),
      product: new Int8Array(m),
      start: new Int32Array(m),
      end: new Int32Array(m),
      cents: new Float64Array(m),
    };
    const c = costs;
    lines.forEach((l, i) => {
      // A cost line of a client without IB allocations still counts for cost.
      c.client[i] = clients.of(l.client);
      c.product[i] = l.product === null ? NONE : productIndex(l.product as IbProduct);
      c.start[i] = l.periodStart;
      c.end[i] = l.periodEnd;
      c.cents[i] = l.amount;
    });
    for (const l of records.costLines) if (l.periodEnd > dataEnd) dataEnd = l.periodEnd;
  }

  let tariffs: Map<string, number> | null = null;
  if (!costs && records.tariffs.length > 0) {
    tariffs = new Map();
    for (const t of records.tariffs) {
      if (isIb(t.product)) tariffs.set(tariffKey(productIndex(t.product), t.year), t.perMonth);
    }
  }

  return {
    ...ds,
    clientIds: clients.values,
    providerIds: providers.values,
    municipalities: municipalities.values,
    providerGroup,
    birthDay: growTo(birthDay, clients.values.length, NONE),
    clientMunicipality: growTo(clientMunicipality, clients.values.length, NONE),
    allAllocations: records.allocations.length,
    costs,
    tariffs,
    dataEnd: Number.isFinite(dataEnd) ? dataEnd : 0,
  };
}

const julyFirst = (year: number): number => dayFromCivil(year, 7, 1);

/** Cost lines may add clients after the client columns were sized. */
function growTo(a: Int32Array, length: number, fill: number): Int32Array {
  if (a.length >= length) return a;
  const b = new Int32Array(length).fill(fill);
  b.set(a);
  return b;
}
