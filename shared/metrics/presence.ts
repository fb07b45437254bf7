import { providerGroups } from '../model/providerGroups';
import { civilFromDay } from '../periods/days';
import type { PeriodKind } from '../periods/periods';
import { type AgeBands, bandIndex } from './ageBands';
import { type Dataset, NONE } from './dataset';
import { DistinctCounter } from './distinct';
import { type Frame, periodTable } from './frame';
import type { Trajectories } from './trajectories';

/** Distinct clients with an allocation day in each bucket (all on or before the peildatum). */
export interface Presence {
  clientsPerYear: Int32Array;
  activeAtYearEnd: Int32Array;
  /** `[group * nYears + year]`. */
  groupYear: Int32Array;
  productYear: Int32Array;
  providerYear: Int32Array;
  municipalityYear: Int32Array;
  /** Age on 1 July of the year; the last band index is "unknown". `[band * nYears + year]`. */
  bandYear: Int32Array;
  /** `[gender * nYears + year]`, gender 3 = unknown. */
  genderYear: Int32Array;
  perPeriod: Map<PeriodKind, Int32Array>;
}

/** One pass over the allocations in client order counts every "clients in …" figure. */
export function computePresence(
  ds: Dataset,
  frame: Frame,
  tr: Trajectories,
  mask: Uint8Array | null,
  bands: AgeBands,
  kinds: readonly PeriodKind[],
): Presence {
  const nY = frame.nYears;
  const nBands = bands.labels.length + 1;
  const clients = new DistinctCounter(nY);
  const active = new DistinctCounter(nY);
  const groups = new DistinctCounter(providerGroups.length * nY);
  const products = new DistinctCounter(4 * nY);
  const providers = new DistinctCounter(ds.providerIds.length * nY);
  const municipalities = new DistinctCounter(ds.municipalities.length * nY);
  const ageBands = new DistinctCounter(nBands * nY);
  const genders = new DistinctCounter(4 * nY);
  const tables = kinds.map((kind) => ({ kind, table: periodTable(frame, kind) }));
  const periods = tables.map(({ table }) => new DistinctCounter(table.keys.length));
  const overig = providerGroups.indexOf('overig');
  // Age on 1 July of a year: the birth date's year and whether its birthday falls after 1 July.
  let cachedClient = -1;
  let birthYear = 0;
  let afterJuly = 0;

  for (let k = 0; k < tr.members.length; k++) {
    const i = tr.members[k] as number;
    if (mask && !mask[i]) continue;
    const c = ds.client[i] as number;
    const s = Math.max(ds.start[i] as number, frame.firstDay);
    const e = Math.min(ds.end[i] as number, frame.peildatum);
    if (e < s) continue;
    const p = ds.provider[i] as number;
    const g = p === NONE ? overig : (ds.providerGroup[p] as number);
    const muni = ds.municipality[i] as number;
    const birth = ds.birthDay[c] as number;
    if (c !== cachedClient && birth !== NONE) {
      const b = civilFromDay(birth);
      birthYear = b.year;
      afterJuly = b.month * 100 + b.day > 701 ? 1 : 0;
      cachedClient = c;
    }
    const gender = ds.gender[c] as number;
    const y0 = frame.yearIndex[s - frame.firstDay] as number;
    const y1 = frame.yearIndex[e - frame.firstDay] as number;
    for (let y = y0; y <= y1; y++) {
      clients.add(y, c);
      groups.add(g * nY + y, c);
      products.add((ds.product[i] as number) * nY + y, c);
      if (p !== NONE) providers.add(p * nY + y, c);
      if (muni !== NONE) municipalities.add(muni * nY + y, c);
      if (s <= (frame.yearEnd[y] as number) && e >= (frame.yearEnd[y] as number)) active.add(y, c);
      const band =
        birth === NONE ? nBands - 1 : bandIndex(bands, frame.firstYear + y - birthYear - afterJuly);
      ageBands.add(band * nY + y, c);
      genders.add((gender === NONE ? 3 : gender) * nY + y, c);
    }
    tables.forEach(({ table }, t) => {
      const counter = periods[t] as DistinctCounter;
      const p0 = table.index[s - frame.firstDay] as number;
      const p1 = table.index[e - frame.firstDay] as number;
      for (let q = p0; q <= p1; q++) counter.add(q, c);
    });
  }
  return {
    clientsPerYear: clients.counts,
    activeAtYearEnd: active.counts,
    groupYear: groups.counts,
    productYear: products.counts,
    providerYear: providers.counts,
    municipalityYear: municipalities.counts,
    bandYear: ageBands.counts,
    genderYear: genders.counts,
    perPeriod: new Map(tables.map(({ kind }, t) => [kind, (periods[t] as DistinctCounter).counts])),
  };
}
