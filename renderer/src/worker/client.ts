import type {
  Analysis,
  WorkerCall,
  WorkerRequest,
  WorkerResponse,
  WorkspaceState,
} from './protocol';

export type Stage = 'reading' | 'computing' | 'saving';

let worker: Worker | null = null;
let nextId = 1;
/** Calls waiting for an answer, so a cancel can end them. */
const waiting = new Map<number, (error: Error) => void>();

/** Raised for every call that was waiting when the user cancelled. */
export class Cancelled extends Error {
  constructor() {
    super('Geannuleerd.');
  }
}

/**
 * Stops whatever the worker is doing by ending it: an import being read is
 * dropped and a commit's transaction aborts, so nothing is half-stored. The
 * next call starts a fresh worker.
 */
export function cancel(): void {
  worker?.terminate();
  worker = null;
  for (const reject of waiting.values()) reject(new Cancelled());
  waiting.clear();
}

/** Sends one call to the analysis worker; resolves with its answer, reporting progress on the way. */
/** A stage the worker is in, and how far (0..1) where it can tell. */
export type Progress = (stage: Stage, done?: number) => void;

function send(call: WorkerCall, onProgress: Progress): Promise<WorkerResponse> {
  worker ??= new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, reject);
    const onMessage = (event: MessageEvent<WorkerResponse>) => {
      const msg = event.data;
      if (msg.id !== id) return;
      if (msg.type === 'progress') {
        onProgress(msg.stage, msg.done);
        return;
      }
      waiting.delete(id);
      w.removeEventListener('message', onMessage);
      if (msg.type === 'error') reject(new Error(msg.message));
      else resolve(msg);
    };
    w.addEventListener('message', onMessage);
    const request: WorkerRequest = { id, call };
    w.postMessage(request);
  });
}

/** A call that answers with figures. */
export async function analysis(call: WorkerCall, onProgress: Progress): Promise<Analysis | null> {
  const answer = await send(call, onProgress);
  return answer.type === 'analysis' ? answer.analysis : null;
}

/** A call that answers with a drill-down, bytes, or a refusal. */
export const call = (c: WorkerCall, onProgress: Progress = () => {}) => send(c, onProgress);

export async function workspaceState(): Promise<WorkspaceState> {
  const answer = await send({ type: 'state' }, () => {});
  if (answer.type !== 'state') throw new Error('onverwacht antwoord');
  return answer.state;
}
