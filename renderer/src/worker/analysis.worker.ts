/// <reference lib="webworker" />
import { importFiles } from '../../../shared/import/importFiles';
import { computeMetrics } from '../../../shared/metrics/compute';
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
    const metrics =
      records.allocations.length > 0
        ? computeMetrics(buildDataset(records), { rejectedRows: report.rejected.length })
        : null;
    post({ id, type: 'done', report, metrics, allocations: records.allocations.length });
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
