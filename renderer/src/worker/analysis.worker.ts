/// <reference lib="webworker" />

import { compareMunicipalities } from '../../../shared/compare/compare';
import { importFiles } from '../../../shared/import/importFiles';
import { MetricsEngine } from '../../../shared/metrics/compute';
import { buildDataset } from '../../../shared/metrics/dataset';
import type { WorkerRequest, WorkerResponse } from './protocol';

// Parsing and figures run here, never on the UI thread.
const post = (message: WorkerResponse) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, files, key } = event.data;
  try {
    post({ id, type: 'progress', stage: 'reading' });
    const { records, report } = await importFiles(files, { pseudonymKey: key });
    post({ id, type: 'progress', stage: 'computing' });
    const engine = records.allocations.length > 0 ? new MetricsEngine(buildDataset(records)) : null;
    const metrics = engine ? engine.figures({ rejectedRows: report.rejected.length }) : null;
    const hasPopulation = records.population.length > 0 || records.references.length > 0;
    const compare =
      engine && hasPopulation
        ? compareMunicipalities(engine, records.population, records.references)
        : null;
    post({ id, type: 'done', report, metrics, compare, allocations: records.allocations.length });
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
