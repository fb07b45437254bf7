// Runs in Chromium next to the app (same origin, same database). `idbWrite` writes n generated
// allocations into the app's workspace as a confirmed import does and makes them the active
// dataset; `idbRead`, in a fresh page (nothing of the generated records or columns left on its
// heap, as in the app's worker at start), reads them back into a dataset ready for the figures.
import { syntheticRecords } from '../../data-samples/synthetic';
import { DEFAULT_WORKSPACE, Workspace } from '../../renderer/src/db/workspace';
import { emptyReport } from '../../shared/import/report';
import { datasetFields, datasetFromColumns } from '../../shared/metrics/dataset';
import { toColumnar } from '../../shared/model/columnar';

const bench = window as unknown as {
  idbWrite: (n: number) => Promise<{ writeMs: number; datasetId: string }>;
  idbRead: (datasetId: string) => Promise<{ readMs: number; fetchMs: number; allocations: number }>;
};

bench.idbWrite = async (n) => {
  // An import is columnar from its preview on (its figures are computed from the columns).
  const data = toColumnar(syntheticRecords(n));
  const ws = Workspace.open(DEFAULT_WORKSPACE);
  const t0 = performance.now();
  const { datasetId } = await ws.commit({
    dataset: { name: `Meting ${n.toLocaleString('nl-NL')}` },
    files: ['meting.csv'],
    hash: `meting-${n}`,
    data,
    report: emptyReport(),
  });
  const writeMs = performance.now() - t0;
  await ws.setSetting('activeDatasetId', datasetId);
  ws.db.close();
  return { writeMs, datasetId };
};

bench.idbRead = async (datasetId) => {
  const ws = Workspace.open(DEFAULT_WORKSPACE);
  const t1 = performance.now();
  const back = await ws.load(datasetId, datasetFields);
  const fetchMs = performance.now() - t1;
  const dataset = datasetFromColumns(back);
  const readMs = performance.now() - t1;
  ws.db.close();
  return { readMs, fetchMs, allocations: dataset.n };
};
