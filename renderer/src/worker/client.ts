import { partsJoiner } from './parts';
import {
  type Args,
  type CallName,
  Refusal,
  type Result,
  type Stage,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';

export type { Stage };

/** A stage the worker is in, and how far (0..1) where it can tell. */
export type Progress = (stage: Stage, done?: number) => void;

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

/** A call the worker could not complete for a reason it did not expect; `message` is internal. */
export class WorkerFailure extends Error {}

/**
 * Stops whatever the worker is doing by ending it: an import being read is
 * dropped and a commit's transaction aborts, so nothing is half-stored. The
 * next call starts a fresh worker (with a fresh session).
 */
export function cancel(): void {
  worker?.terminate();
  worker = null;
  for (const reject of waiting.values()) reject(new Cancelled());
  waiting.clear();
}

/**
 * Sends one call to the analysis worker and resolves with that handler's result,
 * reporting progress on the way; rejects with a `Refusal` (a code for the UI to
 * word), a `WorkerFailure`, or `Cancelled`.
 */
export function send<K extends CallName>(
  name: K,
  args: Args<K>,
  onProgress: Progress = () => {},
): Promise<Result<K>> {
  worker ??= new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, reject);
    const parts = partsJoiner();
    const onMessage = (event: MessageEvent<WorkerResponse>) => {
      const answer = event.data;
      if (answer.id !== id) return;
      if (answer.type === 'progress') {
        onProgress(answer.stage, answer.done);
        return;
      }
      if (answer.type === 'part') {
        parts.add(answer.part);
        return;
      }
      waiting.delete(id);
      w.removeEventListener('message', onMessage);
      if (answer.type === 'result') resolve(parts.into(answer.value) as Result<K>);
      else if (answer.type === 'refused') reject(new Refusal(answer.code));
      else reject(new WorkerFailure(answer.message));
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ id, name, args } as WorkerRequest);
  });
}
