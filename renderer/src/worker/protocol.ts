import type { CompareJson } from '../../../shared/compare/compare';
import type { Consequence } from '../../../shared/import/consequences';
import type { ImportReport } from '../../../shared/import/report';
import type { MetricsJson } from '../../../shared/metrics/metricsJson';
import type { FigureSettings } from '../../../shared/metrics/settings';
import type { Tariff } from '../../../shared/model/records';
import type { EffectJson } from '../../../shared/steer/effect';
import type { ForecastJson } from '../../../shared/steer/forecast';
import type { TargetStatus } from '../../../shared/steer/targets';
import type { BackupHandlers } from './handlers/backup';
import type { DatasetHandlers } from './handlers/datasets';
import type { FigureHandlers } from './handlers/figures';
import type { ImportHandlers } from './handlers/importSession';
import type { Part } from './parts';

// The contract between the UI thread and the analysis worker: one map of handlers,
// each a function (args, context) → result. `client.send(name, args)` accepts only a
// name of this map with its argument type, and resolves with that handler's result.

/** Every call the worker answers, joined from the handler maps of its domains. */
export type Handlers = ImportHandlers & DatasetHandlers & FigureHandlers & BackupHandlers;
export type CallName = keyof Handlers;
export type Args<K extends CallName> = Parameters<Handlers[K]>[0];
export type Result<K extends CallName> = Awaited<ReturnType<Handlers[K]>>;

/** `reading`: files being imported; `loading`: a stored dataset coming out of the workspace. */
export type Stage = 'reading' | 'loading' | 'pseudonymising' | 'computing' | 'saving';

/** What a handler can do besides answering: say how far it is. */
export interface CallContext {
  /** The stage the call is in, and how far (0..1) where it can tell. */
  progress(stage: Stage, done?: number): void;
}

/**
 * Why the worker refused a call, as a stable code; the UI makes the words
 * (`i18n/refusals.ts`). Anything else that goes wrong is a failure with an
 * internal message.
 */
export type RefusalCode =
  | 'dataset_gone'
  | 'nothing_to_commit'
  | 'nothing_to_drill'
  | 'storage_full'
  | 'storage_failed'
  | 'not_a_backup'
  | 'backup_damaged'
  | 'backup_newer'
  | 'backup_passphrase_needed'
  | 'backup_passphrase_short'
  | 'backup_wrong_passphrase'
  | 'dataset_name_empty'
  | 'file_wrong_password'
  | 'file_encryption_unsupported';

/** A refusal, thrown by a handler and rejected with by `client.send`. */
export class Refusal extends Error {
  constructor(readonly code: RefusalCode) {
    super(code);
  }
}

export type WorkerRequest = {
  [K in CallName]: { id: number; name: K; args: Args<K> };
}[CallName];

export type WorkerResponse =
  | { id: number; type: 'progress'; stage: Stage; done?: number }
  /** A piece of a large result, sent before it (worker/parts.ts). */
  | { id: number; type: 'part'; part: Part }
  | { id: number; type: 'result'; value: unknown }
  | { id: number; type: 'refused'; code: RefusalCode }
  | { id: number; type: 'failed'; message: string };

export interface BatchInfo {
  id: string;
  files: string[];
  importedAt: string;
  allocations: number;
  rejectedRows: number;
}

export interface DatasetInfo {
  id: string;
  name: string;
  batches: BatchInfo[];
}

/** Figures of a dataset (stored, or the sample, or an import being previewed). */
export interface Analysis {
  report: ImportReport;
  metrics: MetricsJson | null;
  compare: CompareJson | null;
  allocations: number;
  /** The stored dataset these figures are of; null for the sample and a preview. */
  dataset: DatasetInfo | null;
  /** For a preview: an earlier import of the same file content in the active dataset. */
  knownBatch: BatchInfo | null;
  filterOptions: FilterOptions;
  /** Tariffs imported with the data (the settings can override them); whether there are cost lines. */
  importedTariffs: Tariff[];
  hasCostLines: boolean;
  /**
   * The peildatums these data allow (ISO, `peildatumRange`), and the settings' own when it lies
   * outside them and the figures use the data's own instead; null without allocations.
   */
  peildatum: { earliest: string; latest: string; setAside: string | null } | null;
  /** The steering figures (of all the data: the filters do not apply); null without allocations. */
  steering: Steering | null;
  /**
   * For a preview: what the figures will lack (a sheet or field missing), and
   * whether the import adds to the dataset or sample in view (then the figures
   * are of both together).
   */
  consequences?: Consequence[];
  addsTo?: 'dataset' | 'sample' | null;
  /**
   * For a preview: where it goes unless the user chooses otherwise: the first
   * dataset that holds one of its municipalities, else a new one named after
   * its municipalities (`name`).
   */
  suggestedTarget?: { datasetId: string | null; name: string };
}

/** What Sturen shows: the year-end forecast, the targets per period, and each measure's before and after. */
export interface Steering {
  /** Null when the data have no cost lines and no tariffs. */
  forecast: ForecastJson | null;
  /**
   * 1 January … peildatum beside the same days a year earlier (flows and, with a cost source,
   * cost); null beside filtered figures (`steeringInView`).
   */
  yearToDate: ForecastJson['yearToDate'] | null;
  targets: TargetStatus[];
  measures: { date: string; label: string; product: string | null; effect: EffectJson | null }[];
}

/** What the filters can choose from in the data on screen. */
export interface FilterOptions {
  municipalities: { code: string; name: string }[];
  providerGroups: string[];
  products: string[];
  ageBands: string[];
  providers: { id: string; name: string }[];
}

export interface WorkspaceState {
  datasets: { id: string; name: string }[];
  activeDatasetId: string | null;
  settings: FigureSettings;
}
