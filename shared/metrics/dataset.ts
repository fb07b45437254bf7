import {
  type ColumnarRecords,
  type ColumnTable,
  Dictionary,
  type FieldSelection,
  ints,
  NULL_INT,
  toColumnar,
} from '../model/columnar';
import { type Gender, genders } from '../model/gender';
import { ibProducts, isIb } from '../model/products';
import { type ProviderGroup, providerGroups } from '../model/providerGroups';
import { parseEndReason } from '../model/reasons';
import type { Records, Tariff } from '../model/records';
import { Strings } from '../model/strings';
import { gatherInt } from './distinct';
import { sortByKeys, trajectoryOrder } from './order';

/** Sentinel end day of an ongoing allocation. */
export const OPEN_END = 2 ** 31 - 1;
/** Sentinel for "unknown" in Int32 columns. */
export const NONE = -1;

/**
 * A dataset column-wise, with dictionaries for codes: built once, and every
 * figure is computed from these arrays (filters never rebuild it).
 */
export interface Dataset {
  /**
   * IB allocations, in trajectory order: by client, start, end (open last), product and
   * provider code. Every pass over a client's allocations then reads the columns in order.
   */
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
  /** When the provider really started delivering (iWmo 305), or NONE. */
  deliveryStart: Int32Array;
  /** Whether any allocation has a delivery start (data from iWmo messages). */
  hasDeliveryStart: boolean;
  /** The reason for ending (index into `reasons`: a WMO588 code or the text as written), or NONE. */
  reasonEnd: Int32Array;
  reasons: string[];
  /** The referrer (index into `referrers`: trimmed, lower case), or NONE. */
  referrer: Int32Array;
  referrers: string[];
  /** Client codes (pseudonyms), packed: two million strings would weigh on every collection. */
  clientIds: Strings;
  providerIds: string[];
  providerNames: (string | null)[];
  municipalities: string[];
  /** Per provider: index into providerGroups. */
  providerGroup: Int8Array;
  /**
   * Per client: year of birth and the `month * 100 + day` from which the client is a year
   * older in each year: the first of the month after the birth month (only year and month
   * are stored), 1 July when only the year is known; NONE when unknown. Ages come from
   * these without calendar arithmetic.
   */
  birthYear: Int32Array;
  birthMonthDay: Int32Array;
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

/** `month * 100 + day` of 1 July, the birthday assumed when only the year is known. */
export const JULY_FIRST = 701;
const ibIndex = (code: string): number => (ibProducts as readonly string[]).indexOf(code);

/** Builds the columnar dataset from imported records. */
export function buildDataset(records: Records): Dataset {
  return datasetFromColumns(toColumnar(records));
}

/** A stored text's code in `into` after `normalise`, or NONE when nothing is left of it. */
function normalised(
  text: string | undefined,
  normalise: (trimmed: string) => string,
  into: Dictionary,
): number {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? NONE : into.of(normalise(trimmed));
}

/** The stored fields the dataset is built from (what the app reads at start). */
export const datasetFields: FieldSelection = {
  allocations: [
    'client',
    'provider',
    'product',
    'start',
    'end',
    'municipality',
    'registration',
    'deliveryStart',
    'reasonEnd',
    'referrer',
  ],
  costLines: ['client', 'provider', 'product', 'periodStart', 'periodEnd', 'amount'],
};

/**
 * Builds the dataset from stored columns: codes are translated through their
 * dictionaries, so no record object is made on the way.
 */
export function datasetFromColumns(data: ColumnarRecords): Dataset {
  const A = data.allocations;
  const C = data.clients;
  const L = data.costLines;
  const col = (t: ColumnTable, field: string) => t.columns[field] as Int32Array;
  const dict = (t: ColumnTable, field: string) => t.dictionaries[field] ?? Strings.empty;
  /** Global index of a table's code, or NONE for null. */
  const at = (map: Int32Array, code: number): number => (code < 0 ? NONE : (map[code] as number));

  // Clients are numbered by their code when the tables share one dictionary (as stored), else merged.
  let clientIds = dict(A, 'client');
  let allocationClient: Int32Array;
  let clientClient: Int32Array;
  let costClient: Int32Array;
  let nClients: number;
  if (dict(C, 'client') === clientIds && dict(L, 'client') === clientIds) {
    nClients = clientIds.length;
    allocationClient = clientClient = costClient = ints(nClients, (i) => i);
  } else {
    const clients = new Dictionary();
    allocationClient = clients.remap(dict(A, 'client'));
    clientClient = clients.remap(dict(C, 'client'));
    costClient = clients.remap(dict(L, 'client'));
    nClients = clients.values.length;
    clientIds = clients.packed();
  }

  // Per client, the first known value of each attribute wins (a client may have rows in several batches).
  const birthMonth = new Int32Array(nClients).fill(NULL_INT);
  const birthYear = new Int32Array(nClients).fill(NULL_INT);
  const gender = new Int8Array(nClients).fill(NONE);
  const clientMunicipality = new Int32Array(nClients).fill(NONE);
  const municipalities = new Dictionary();
  {
    const id = col(C, 'client');
    const months = col(C, 'birthMonth');
    const years = col(C, 'birthYear');
    const genderCode = col(C, 'gender');
    const genderCodes = dict(C, 'gender');
    const genderOf = ints(genderCodes.length, (i) => {
      const k = genders.indexOf(genderCodes.at(i) as Gender);
      return k === -1 ? genders.indexOf('x') : k;
    });
    const place = col(C, 'municipality');
    const placeOf = municipalities.remap(dict(C, 'municipality'));
    for (let r = 0; r < C.length; r++) {
      const i = at(clientClient, id[r] as number);
      if (birthMonth[i] === NULL_INT) birthMonth[i] = months[r] as number;
      if (birthYear[i] === NULL_INT) birthYear[i] = years[r] as number;
      if (gender[i] === NONE) gender[i] = at(genderOf, genderCode[r] as number);
      if (clientMunicipality[i] === NONE) clientMunicipality[i] = at(placeOf, place[r] as number);
    }
  }
  // Only year and month of birth are stored: a client is a year older from the first day of the
  // month after the birth month (December: from 1 January, `1301` is after every day of the year).
  const birthCivilYear = new Int32Array(nClients).fill(NONE);
  const birthMonthDay = new Int32Array(nClients).fill(NONE);
  for (let i = 0; i < nClients; i++) {
    if (birthMonth[i] !== NULL_INT) {
      const yearMonth = birthMonth[i] as number;
      birthCivilYear[i] = Math.floor(yearMonth / 100);
      birthMonthDay[i] = ((yearMonth % 100) + 1) * 100 + 1;
    } else if (birthYear[i] !== NULL_INT) {
      birthCivilYear[i] = birthYear[i] as number;
      birthMonthDay[i] = JULY_FIRST;
    }
  }

  // Allocations: IB ones into the main columns, the others (for care stacking) aside.
  const productCodes = dict(A, 'product');
  const ibOf = ints(productCodes.length, (i) => ibIndex(productCodes.at(i)));
  const aProduct = col(A, 'product');
  let n = 0;
  for (let r = 0; r < A.length; r++) if ((ibOf[aProduct[r] as number] as number) >= 0) n++;
  // First the keys that order the rows (client, start, end, product, provider) in file order,
  // and where each IB allocation came from; then every other field straight into its place in
  // trajectory order (written once, not written and then permuted).
  const client = new Int32Array(n);
  const provider = new Int32Array(n);
  const product = new Int8Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  // Where each IB allocation came from in the file; not needed when every allocation is IB.
  const rowOf = n < A.length ? new Int32Array(n) : null;
  // Providers are numbered in order of their first IB allocation in the file; municipalities
  // go on from the numbers the clients' table gave (a stored batch shares one dictionary).
  const providers = new Dictionary();
  const providerOf = providers.lazy(dict(A, 'provider'));
  const municipalityOf = municipalities.lazy(dict(A, 'municipality'));
  const aClient = col(A, 'client');
  const aProvider = col(A, 'provider');
  const aStart = col(A, 'start');
  const aEnd = col(A, 'end');
  const aMunicipality = col(A, 'municipality');
  let dataEnd = Number.NEGATIVE_INFINITY;
  let dataStart = Number.POSITIVE_INFINITY;
  const otherRows: number[] = [];
  for (let r = 0, i = 0; r < A.length; r++) {
    const ib = ibOf[aProduct[r] as number] as number;
    if (ib < 0) {
      otherRows.push(r);
      continue;
    }
    if (rowOf) rowOf[i] = r;
    client[i] = at(allocationClient, aClient[r] as number);
    provider[i] = providerOf(aProvider[r] as number);
    product[i] = ib;
    const s = aStart[r] as number;
    start[i] = s;
    const e = aEnd[r] as number;
    end[i] = e === NULL_INT ? OPEN_END : e;
    // Only numbered here (in file order, as before); written in trajectory order below.
    municipalityOf(aMunicipality[r] as number);
    if (s > dataEnd) dataEnd = s;
    if (s < dataStart) dataStart = s;
    i++;
  }

  // Rows in trajectory order: sorted once here, so no figure sorts them and every pass reads in order.
  const order = trajectoryOrder({
    client,
    start,
    end,
    product,
    provider,
    providerIds: providers.values,
  });
  const sorted = inIdentity(order);
  const rowsInOrder = <T extends Int32Array | Int8Array>(column: T): T =>
    sorted ? column : (permuted(column, order) as T);
  const clientInOrder = rowsInOrder(client);

  // Reasons and referrers as the figures group them: a reason as its WMO588 code where it has
  // one ("2", "02 - Overlijden", "verhuisd" → 31), else as written, trimmed; a referrer in
  // lower case.
  const reasons = new Dictionary();
  const referrers = new Dictionary();
  const reasonOf = ints(dict(A, 'reasonEnd').length, (k) =>
    normalised(dict(A, 'reasonEnd').at(k), parseEndReason, reasons),
  );
  const referrerOf = ints(dict(A, 'referrer').length, (k) =>
    normalised(dict(A, 'referrer').at(k), (v) => v.toLowerCase(), referrers),
  );
  const municipality = new Int32Array(n);
  const registration = new Int32Array(n);
  const deliveryStart = new Int32Array(n);
  const reasonEnd = new Int32Array(n);
  const referrer = new Int32Array(n);
  let hasDeliveryStart = false;
  const aRegistration = col(A, 'registration');
  // Absent from batches stored before these were read (reasons, referrers) or before iWmo
  // messages were (delivery start).
  const aReason = A.columns.reasonEnd as Int32Array | undefined;
  const aReferrer = A.columns.referrer as Int32Array | undefined;
  const aDeliveryStart = A.columns.deliveryStart as Int32Array | undefined;
  for (let k = 0; k < n; k++) {
    const i = sorted ? k : (order[k] as number);
    const r = rowOf ? (rowOf[i] as number) : i;
    const m = aMunicipality[r] as number;
    municipality[k] =
      m < 0 ? (clientMunicipality[clientInOrder[k] as number] as number) : municipalityOf(m);
    const g = aRegistration[r] as number;
    registration[k] = g === NULL_INT ? NONE : g;
    const delivered = aDeliveryStart ? (aDeliveryStart[r] as number) : NULL_INT;
    deliveryStart[k] = delivered === NULL_INT ? NONE : delivered;
    if (delivered !== NULL_INT) hasDeliveryStart = true;
    const why = aReason ? (aReason[r] as number) : -1;
    reasonEnd[k] = why < 0 ? NONE : (reasonOf[why] as number);
    const who = aReferrer ? (aReferrer[r] as number) : -1;
    referrer[k] = who < 0 ? NONE : (referrerOf[who] as number);
  }

  const info = new Map(data.providers.map((p) => [p.provider, p]));
  const providerGroup = Int8Array.from(providers.values, (id) =>
    providerGroups.indexOf((info.get(id)?.group ?? 'overig') as ProviderGroup),
  );
  const providerNames = providers.values.map((id) => info.get(id)?.name ?? null);

  const otherProducts = new Dictionary();
  const otherProductOf = ints(productCodes.length, (i) => {
    const code = productCodes.at(i);
    return ibIndex(code) >= 0 ? NONE : otherProducts.of(code.replace(/^other:/, ''));
  });
  const otherClient = ints(otherRows.length, (k) =>
    at(allocationClient, aClient[otherRows[k] as number] as number),
  );
  const otherOrder = sortByKeys(
    otherClient,
    ints(otherRows.length, (k) => aStart[otherRows[k] as number] as number),
  );
  const m0 = otherRows.length;
  const other: OtherColumns = {
    n: m0,
    client: new Int32Array(m0),
    product: new Int32Array(m0),
    start: new Int32Array(m0),
    end: new Int32Array(m0),
    products: otherProducts.values,
  };
  otherOrder.forEach((src, k) => {
    const r = otherRows[src] as number;
    other.client[k] = otherClient[src] as number;
    other.product[k] = otherProductOf[aProduct[r] as number] as number;
    other.start[k] = aStart[r] as number;
    const e = aEnd[r] as number;
    other.end[k] = e === NULL_INT ? OPEN_END : e;
  });

  let costs: CostColumns | null = null;
  if (L.length > 0) {
    const lProduct = col(L, 'product');
    const lineProducts = dict(L, 'product');
    const lineIbOf = ints(lineProducts.length, (i) => ibIndex(lineProducts.at(i)));
    const lClient = col(L, 'client');
    const lProvider = col(L, 'provider');
    const lStart = col(L, 'periodStart');
    const lEnd = col(L, 'periodEnd');
    const lAmount = L.columns.amount as Float64Array;
    const lineProviders = dict(L, 'provider');
    const costProviderOf = ints(lineProviders.length, (i) => providers.find(lineProviders.at(i)));
    // IB lines and lines without a product (−1) count; other Wmo products do not.
    const lines: number[] = [];
    for (let r = 0; r < L.length; r++) {
      const code = lProduct[r] as number;
      if (code < 0 || (lineIbOf[code] as number) >= 0) lines.push(r);
      const e = lEnd[r] as number;
      if (e > dataEnd) dataEnd = e;
    }
    const lineClient = ints(lines.length, (k) =>
      at(costClient, lClient[lines[k] as number] as number),
    );
    const order = sortByKeys(
      lineClient,
      ints(lines.length, (k) => lStart[lines[k] as number] as number),
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
      const r = lines[src] as number;
      c.client[k] = lineClient[src] as number;
      c.provider[k] = at(costProviderOf, lProvider[r] as number);
      c.product[k] = at(lineIbOf, lProduct[r] as number);
      c.start[k] = lStart[r] as number;
      c.end[k] = lEnd[r] as number;
      c.cents[k] = lAmount[r] as number;
    });
    costs = c;
  }

  const tariffs = !costs && data.tariffs.length > 0 ? tariffMap(data.tariffs) : null;

  return {
    n,
    client: clientInOrder,
    provider: rowsInOrder(provider),
    product: rowsInOrder(product),
    start: rowsInOrder(start),
    end: rowsInOrder(end),
    municipality,
    registration,
    deliveryStart,
    hasDeliveryStart,
    reasonEnd,
    reasons: reasons.values,
    referrer,
    referrers: referrers.values,
    clientIds,
    providerIds: providers.values,
    providerNames,
    municipalities: municipalities.values,
    providerGroup,
    birthYear: birthCivilYear,
    birthMonthDay,
    gender,
    clientMunicipality,
    other,
    allAllocations: A.length,
    costs,
    tariffs,
    dataEnd: Number.isFinite(dataEnd) ? dataEnd : 0,
    dataStart: Number.isFinite(dataStart) ? dataStart : 0,
  };
}

/** Whether `order` is 0, 1, …, n − 1. */
function inIdentity(order: Int32Array): boolean {
  for (let k = 0; k < order.length; k++) if (order[k] !== k) return false;
  return true;
}

/** `column[order[k]]` at k: Int32 columns through `gatherInt`, the one Int8 column (product) here. */
function permuted(column: Int32Array | Int8Array, order: Int32Array): Int32Array | Int8Array {
  if (column instanceof Int32Array) return gatherInt(order, 0, order.length, column);
  const out = new Int8Array(order.length);
  for (let k = 0; k < order.length; k++) out[k] = column[order[k] as number] as number;
  return out;
}
