import type { Cents, DayNumber } from '../brand';
import type { Gender } from './gender';
import type { IbProduct, ProductCode } from './products';
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
  /**
   * When the provider really started and stopped delivering (iWmo 305
   * Begindatum, 307 Einddatum); null from a spreadsheet, or before the message.
   */
  deliveryStart?: DayNumber | null;
  deliveryEnd?: DayNumber | null;
}

export interface Client {
  client: string;
  /**
   * Year and month of birth, `year * 100 + month` (198003): the day is not
   * kept (privacy: the age figures need no more, see docs/privacy.md).
   */
  birthMonth: number | null;
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
  /** CBS mate van stedelijkheid (1 zeer sterk … 5 niet stedelijk), where the source has it. */
  urbanity?: number | null;
  source: string;
}

/** A budget for a year (optionally for one product or provider group). */
export interface Budget {
  year: number;
  amount: Cents;
  product: IbProduct | null;
  group: ProviderGroup | null;
}

/** A ceiling (plafond) for one provider in a year. */
export interface Ceiling {
  provider: string;
  year: number;
  amount: Cents;
}

/** The figures a target (streefwaarde) can be set for. */
export const targetFigures = [
  'inflow',
  'outflow',
  'clients',
  'outflowRatePct',
  'costTotal',
  'costPerClientMonth',
  'medianDaysKM',
] as const;
export type TargetFigure = (typeof targetFigures)[number];

/** A target: a figure per period at most (`max`) or at least (`min`) a value. */
export interface Target {
  figure: TargetFigure;
  periodKind: 'month' | 'quarter' | 'year' | 'fourWeek';
  value: number;
  direction: 'max' | 'min';
  product: IbProduct | null;
  group: ProviderGroup | null;
  municipality: string | null;
  /** First and last day the target applies to; null: from the data's start, to the peildatum. */
  from: DayNumber | null;
  deadline: DayNumber | null;
}

/** A policy measure (maatregel): a dated change, marked on time charts. */
export interface Measure {
  date: DayNumber;
  label: string;
  product: IbProduct | null;
  group: ProviderGroup | null;
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
  budgets: Budget[];
  ceilings: Ceiling[];
  targets: Target[];
  measures: Measure[];
}

export const emptyRecords = (): Records => ({
  allocations: [],
  clients: [],
  providers: [],
  costLines: [],
  tariffs: [],
  population: [],
  references: [],
  budgets: [],
  ceilings: [],
  targets: [],
  measures: [],
});
