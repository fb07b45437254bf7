import type { CompareJson } from '../../../shared/compare/compare';
import type { InputFile, SheetMapping } from '../../../shared/import/importFiles';
import type { ImportReport } from '../../../shared/import/report';
import type { DrillQuery, DrillResult } from '../../../shared/metrics/drill';
import type { Filters } from '../../../shared/metrics/filters';
import type { MetricsJson } from '../../../shared/metrics/metricsJson';
import type { ProductCode } from '../../../shared/model/products';
import type { Tariff } from '../../../shared/model/records';

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
}

export type WorkerCall =
  | { type: 'sample'; file: InputFile }
  | {
      type: 'preview';
      files: InputFile[];
      datasetId: string | null;
      mappings: Record<string, SheetMapping>;
      /** Product values the user mapped (`HH1` → `other:HH1`, `Licht+` → `IB1`). */
      productMap: Record<string, ProductCode>;
    }
  | { type: 'commit'; target: { datasetId: string } | { name: string }; replace: string | null }
  | { type: 'discard' }
  | { type: 'open'; datasetId: string }
  | { type: 'undo'; batchId: string }
  | { type: 'state' }
  | { type: 'settings'; settings: FigureSettings }
  | { type: 'drill'; query: DrillQuery }
  | { type: 'backup' }
  /** Replaces the workspace with a backup; the workspace as it was is kept for `undoRestore`. */
  | { type: 'restore'; bytes: Uint8Array }
  | { type: 'undoRestore' };

/** The parameters of metrics.md a user can change (kept in the workspace). */
export interface FigureSettings {
  /** ISO date; null = the latest start or cost-period end in the data. */
  peildatum: string | null;
  gapDays: number;
  filters: Filters;
  /** Lower bounds of the age bands after the first: [18, 27] → <18, 18-26, 27+. */
  ageBounds: number[];
  /** The user's tariffs per product and year; they override imported ones. */
  tariffs: Tariff[];
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

export type WorkerRequest = { id: number; call: WorkerCall };

export type WorkerResponse =
  | {
      id: number;
      type: 'progress';
      stage: 'reading' | 'computing' | 'saving';
      /** How far the stage is, 0..1, where it can tell. */
      done?: number;
    }
  | { id: number; type: 'analysis'; analysis: Analysis }
  | { id: number; type: 'state'; state: WorkspaceState }
  | { id: number; type: 'ok' }
  | { id: number; type: 'drill'; result: DrillResult }
  | { id: number; type: 'bytes'; bytes: Uint8Array }
  | { id: number; type: 'refused'; message: string }
  | { id: number; type: 'error'; message: string };
