// Runs in Chromium next to the app (same origin, same database): writes n generated allocations
// into the app's workspace as an import would, makes them the active dataset, and reads them back.
import { syntheticRecords } from '../../data-samples/synthetic';
import { DEFAULT_WORKSPACE, Workspace } from '../../renderer/src/db/workspace';
import { emptyReport } from '../../shared/import/report';

const report = emptyReport();

(window as unknown as { idbBench: (n: number) => Promise<unknown> }).idbBench = async (n) => {
  const records = syntheticRecords(n);
  const ws = Workspace.open(DEFAULT_WORKSPACE);
  const t0 = performance.now();
  const { datasetId } = await ws.commit({
    dataset: { name: `Meting ${n.toLocaleString('nl-NL')}` },
    files: ['meting.csv'],
    hash: `meting-${n}`,
    records,
    report,
  });
  const writeMs = performance.now() - t0;
  await ws.setSetting('activeDatasetId', datasetId);
  ws.db.close();
  // Read back through a fresh connection, as the app's worker does at start.
  const again = Workspace.open(DEFAULT_WORKSPACE);
  const t1 = performance.now();
  const back = await again.records(datasetId);
  const readMs = performance.now() - t1;
  again.db.close();
  return { writeMs, readMs, allocations: back.allocations.length };
};
