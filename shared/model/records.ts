import type { Cents, DayNumber } from '../brand';
import type { Gender } from './gender';
import type { ProductCode } from './products';
import type { ProviderGroup } from './providerGroups';

/** Where a record came from, as the user sees it in the spreadsheet program. */
export interface SourceRef {
  file: string;
  sheet: string;
  row: number;
}

/** One row of an allocations sheet (toewijzing). `end` null = ongoing. */
export interface Allocation {
  client: string;
  provider: string | null;
  product: ProductCode;
  start: DayNumber;
  end: DayNumber | null;
  municipality: string | null;
  reasonEnd: string | null;
  referrer: string | null;
  registration: DayNumber | null;
  volume: number | null;
}

export interface Client {
  client: string;
  birthDate: DayNumber | null;
  birthYear: number | null;
  gender: Gender | null;
  municipality: string | null;
}

export interface Provider {
  provider: string;
  name: string | null;
  group: ProviderGroup;
}

/** A cost line: an amount for one client in one month or 4-week period. */
export interface CostLine {
  client: string;
  provider: string | null;
  product: ProductCode | null;
  periodKind: 'month' | 'fourWeek';
  periodStart: DayNumber;
  periodEnd: DayNumber;
  amount: Cents;
}

/** Euro per client per month for a product in a year. */
export interface Tariff {
  product: ProductCode;
  year: number;
  perMonth: Cents;
}

export interface Population {
  municipality: string;
  year: number;
  inhabitants: number;
  inhabitants18: number | null;
}

/** Published aggregate figures of a municipality (never mixed with computed ones). */
export interface ReferenceFigure {
  municipality: string;
  year: number;
  inhabitants: number | null;
  clients: number | null;
  inflow: number | null;
  outflow: number | null;
  cost: Cents | null;
  source: string;
}

/** Everything an import yields, ready to store or to compute figures from. */
export interface Records {
  allocations: Allocation[];
  clients: Client[];
  providers: Provider[];
  costLines: CostLine[];
  tariffs: Tariff[];
  population: Population[];
  references: ReferenceFigure[];
}

export const emptyRecords = (): Records => ({
  allocations: [],
  clients: [],
  providers: [],
  costLines: [],
  tariffs: [],
  population: [],
  references: [],
});
