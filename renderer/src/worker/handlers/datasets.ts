import type { ImportReport } from '../../../../shared/import/report';
import { datasetFields } from '../../../../shared/metrics/dataset';
import { defaultFigureSettings, inForce, withDefaults } from '../../../../shared/metrics/settings';
import type { ColumnarRecords } from '../../../../shared/model/columnar';
import type { BatchRow } from '../../db/schema';
import { analyseInView, prepareInView, shownKey } from '../analysis';
import {
  type Analysis,
  type BatchInfo,
  type CallContext,
  type DatasetInfo,
  Refusal,
  type WorkspaceState,
} from '../protocol';
import { inViewOf, type Session } from '../session';

export const batchInfo = (b: BatchRow): BatchInfo => ({
  id: b.id,
  files: b.files,
  importedAt: b.importedAt,
  allocations: b.counts.allocations,
  rejectedRows: b.counts.rejectedRows,
});

async function datasetInfo(session: Session, datasetId: string): Promise<DatasetInfo | null> {
  const row = (await session.workspace.datasets()).find((d) => d.id === datasetId);
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    batches: (await session.workspace.batches(datasetId)).map(batchInfo),
  };
}

/**
 * A stored dataset's figures, with the report of its latest import. `stored` is
 * its data when the worker holds it already (a new dataset just committed): then
 * nothing is read back, and the preview's engine is used again.
 */
export async function openDataset(
  session: Session,
  datasetId: string,
  ctx: CallContext,
  stored?: ColumnarRecords,
): Promise<Analysis> {
  const { workspace } = session;
  ctx.progress('loading');
  const dataset = await datasetInfo(session, datasetId);
  if (!dataset) throw new Refusal('dataset_gone');
  const last = (await workspace.batches(datasetId)).at(-1);
  const report: ImportReport = {
    fileErrors: [],
    sheets: last?.report.sheets ?? [],
    rejected: last?.report.rejected ?? [],
    warnings: [],
    duplicates: last?.report.duplicates ?? 0,
    updated: last?.report.updated ?? 0,
    unknownProducts: [],
    encoding: {},
    pseudonymised: { count: 0, failingElfproef: 0 },
  };
  await workspace.setSetting('activeDatasetId', datasetId);
  // The kept figures are read before the data, whose reading would hold them up.
  const shown = await workspace.setting('shownFigures');
  const data = stored ? Promise.resolve(stored) : workspace.load(datasetId, datasetFields);
  session.inView = inViewOf(data, report, dataset);
  const key = shownKey(session.settings, dataset);
  if (shown?.key === key) {
    prepareInView(session, shown.analysis, key);
    return shown.analysis;
  }
  await data;
  ctx.progress('computing');
  return analyseInView(session);
}

/** The workspace's datasets, settings and stored data: where the app starts and what it opens. */
export const datasetHandlers = {
  /** The datasets, the active one and the settings (which the session takes from here on). */
  async state(_: null, _ctx: CallContext, session: Session): Promise<WorkspaceState> {
    const { workspace } = session;
    const datasets = (await workspace.datasets()).map((d) => ({ id: d.id, name: d.name }));
    const active = (await workspace.setting('activeDatasetId')) ?? null;
    // Settings stored by an earlier version lack the newer fields: the defaults fill them in.
    session.settings = inForce(withDefaults(await workspace.setting('figureSettings')));
    return {
      datasets,
      activeDatasetId: datasets.some((d) => d.id === active) ? active : null,
      settings: session.settings,
    };
  },

  open: ({ datasetId }: { datasetId: string }, ctx: CallContext, session: Session) =>
    openDataset(session, datasetId, ctx),

  /** Shows no dataset (the sample) from now on; the datasets stay. */
  async close(_: null, _ctx: CallContext, session: Session): Promise<null> {
    await session.workspace.setSetting('activeDatasetId', null);
    return null;
  },

  /** A dataset's new name (trimmed, at most 80 characters; empty is refused). */
  async rename(
    { datasetId, name }: { datasetId: string; name: string },
    _ctx: CallContext,
    session: Session,
  ): Promise<null> {
    const clean = String(name).trim().slice(0, 80);
    if (clean === '') throw new Refusal('dataset_name_empty');
    if (!(await session.workspace.datasets()).some((d) => d.id === datasetId))
      throw new Refusal('dataset_gone');
    await session.workspace.renameDataset(datasetId, clean);
    return null;
  },

  /** Removes a dataset and all its imports; the active one is then none. */
  async remove({ datasetId }: { datasetId: string }, _ctx: CallContext, session: Session) {
    const { workspace } = session;
    await workspace.removeDataset(datasetId);
    if ((await workspace.setting('activeDatasetId')) === datasetId) {
      await workspace.setSetting('activeDatasetId', null);
      session.inView = null;
    }
    return null;
  },

  /** "Werkruimte wissen": every dataset, setting and the key gone; the session forgets them too. */
  async wipe(_: null, ctx: CallContext, session: Session): Promise<null> {
    ctx.progress('saving');
    await session.workspace.wipe();
    session.settings = defaultFigureSettings;
    session.inView = null;
    session.pending = null;
    session.keptKey = null;
    return null;
  },

  /** Undoes one import; null when its dataset had no other and is gone with it. */
  async undo(
    { batchId }: { batchId: string },
    ctx: CallContext,
    session: Session,
  ): Promise<Analysis | null> {
    const { workspace } = session;
    const batch = await workspace.db.batches.get(batchId);
    await workspace.undo(batchId);
    if (!batch) return null;
    if ((await workspace.batches(batch.datasetId)).length === 0) {
      await workspace.removeDataset(batch.datasetId);
      await workspace.setSetting('activeDatasetId', null);
      return null;
    }
    return openDataset(session, batch.datasetId, ctx);
  },
};

export type DatasetHandlers = typeof datasetHandlers;
