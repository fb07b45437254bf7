import type { SheetMapping } from '../../../shared/import/importFiles';
import type { ImportReport } from '../../../shared/import/report';
import { defaultFigureSettings, type FigureSettings } from '../../../shared/metrics/settings';
import type { ColumnarRecords } from '../../../shared/model/columnar';
import type { ProductCode } from '../../../shared/model/products';
import { Workspace } from '../db/workspace';
import type { DatasetInfo } from './protocol';

/** The data in view: a stored dataset may still be loading while its kept figures show. */
export interface InView {
  data: Promise<ColumnarRecords>;
  /** Whether `data` has resolved (a call waiting for it says it is loading). */
  loaded: boolean;
  report: ImportReport;
  dataset: DatasetInfo | null;
  /**
   * Shown from kept figures: what is made ahead of the first call while the user reads
   * (`prepareInView`), the steps that were done.
   */
  prepared?: Promise<readonly PreparedStep[]>;
}

/** A step made ahead while kept figures show: the dataset, its trajectories, the steering figures. */
export type PreparedStep = 'dataset' | 'trajectories' | 'costThread' | 'steering';

/** The data in view, marked loaded when `data` resolves (a failure is left to whoever awaits it). */
export function inViewOf(
  data: Promise<ColumnarRecords>,
  report: ImportReport,
  dataset: DatasetInfo | null,
): InView {
  const view: InView = { data, loaded: false, report, dataset };
  data.then(
    () => {
      view.loaded = true;
    },
    () => undefined,
  );
  return view;
}

/** The import the user is looking at, kept until it is committed or discarded. */
export interface PendingImport {
  files: string[];
  hash: string;
  data: ColumnarRecords;
  report: ImportReport;
  mappings: Record<string, SheetMapping>;
  productMap: Record<string, ProductCode>;
  /**
   * An import without allocations (population, StatLine, reference figures,
   * tariffs) adds to what is in view: the active dataset, or the sample, which
   * committing then stores as a dataset first. Null: an import of its own.
   */
  addsTo: 'dataset' | 'sample' | null;
}

/** The bundled sample as read for the screen: what storing it needs. */
export interface SampleInView {
  file: string;
  hash: string;
  data: ColumnarRecords;
  report: ImportReport;
}

/**
 * Everything the worker remembers between calls, in one object that every
 * handler receives. What must outlive the worker (stopping a run ends it) is
 * not here: the workspace keeps it in IndexedDB, the UI's store the rest
 * (the workspace as it was before a restore).
 */
export interface Session {
  readonly workspace: Workspace;
  /** The figure settings in force (read from the workspace by `state`). */
  settings: FigureSettings;
  inView: InView | null;
  pending: PendingImport | null;
  /** The key of the figures kept last for the next start, so the same ones are not written again. */
  keptKey: string | null;
  /** The sample, while it is what the app shows. */
  sample: SampleInView | null;
}

export function newSession(workspace: Workspace = Workspace.open()): Session {
  return {
    workspace,
    settings: defaultFigureSettings,
    inView: null,
    pending: null,
    keptKey: null,
    sample: null,
  };
}
