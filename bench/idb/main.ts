// Runs in Chromium next to the app (same origin, same database): writes n generated allocations
// into the app's workspace as a confirmed import does, makes them the active dataset, and reads
// them back into a dataset ready for the figures, as the worker does when the app starts.
import { syntheticRecords } from '../../data-samples/synthetic';
import { DEFAULT_WORKSPACE, Workspace } from '../../renderer/src/db/workspace';
import { emptyReport } from '../../shared/import/report';
import { datasetFields, datasetFromColumns } from '../../shared/metrics/dataset';
import { toColumnar } from '../../shared/model/columnar';

const report = emptyReport();

(window as unknown as { idbBench: (n: number) => Promise<unknown> }).idbBench = async (n) => {
  // An import is columnar from its preview on (its figures are computed from the columns).
  const data = toColumnar(syntheticRecords(n));
  const ws = Workspace.open(DEFAULT_WORKSPACE);
  const t0 = performance.now();
  const { datasetId } = await ws.commit({
    dataset: { name: `Meting ${n.toLocaleString('nl-NL')}` },
    files: ['meting.csv'],
    hash: `meting-${n}`,
    data,
    report,
  });
  const writeMs = performance.now() - t0;
  await ws.setSetting('activeDatasetId', datasetId);
  ws.db.close();
  // Read back through a fresh connection, as the app's worker does at start.
  const again = Workspace.open(DEFAULT_WORKSPACE);
  const t1 = performance.now();
  const back = await again.load(datasetId, datasetFields);
  const fetchMs = performance.now() - t1;
  const dataset = datasetFromColumns(back);
  const readMs = performance.now() - t1;
  again.db.close();
  return { writeMs, readMs, fetchMs, allocations: dataset.n };
};
