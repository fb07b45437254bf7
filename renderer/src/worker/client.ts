import type { InputFile } from '../../../shared/import/importFiles';
import type { WorkerRequest, WorkerResponse } from './protocol';

export type AnalysisResult = Extract<WorkerResponse, { type: 'done' }>;

let worker: Worker | null = null;
let nextId = 1;

/** Imports files and computes the figures in the analysis worker. */
export function analyse(
  files: InputFile[],
  key: Uint8Array,
  onProgress: (stage: 'reading' | 'computing') => void,
): Promise<AnalysisResult> {
  worker ??= new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<WorkerResponse>) => {
      const msg = event.data;
      if (msg.id !== id) return;
      if (msg.type === 'progress') onProgress(msg.stage);
      else {
        w.removeEventListener('message', onMessage);
        if (msg.type === 'done') resolve(msg);
        else reject(new Error(msg.message));
      }
    };
    w.addEventListener('message', onMessage);
    const request: WorkerRequest = { id, type: 'analyse', files, key };
    w.postMessage(request);
  });
}
