import type { CompareJson } from '../../../shared/compare/compare';
import type { InputFile } from '../../../shared/import/importFiles';
import type { ImportReport } from '../../../shared/import/report';
import type { MetricsJson } from '../../../shared/metrics/compute';

export type WorkerRequest = { id: number; type: 'analyse'; files: InputFile[]; key: Uint8Array };

export type WorkerResponse =
  | { id: number; type: 'progress'; stage: 'reading' | 'computing' }
  | {
      id: number;
      type: 'done';
      report: ImportReport;
      metrics: MetricsJson | null;
      compare: CompareJson | null;
      allocations: number;
    }
  | { id: number; type: 'error'; message: string };
