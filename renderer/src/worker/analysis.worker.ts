/// <reference lib="webworker" />
import { StorageError } from '../db/workspace';
import { backupHandlers } from './handlers/backup';
import { datasetHandlers } from './handlers/datasets';
import { figureHandlers } from './handlers/figures';
import { importHandlers } from './handlers/importSession';
import { splitParts } from './parts';
import {
  type CallContext,
  type CallName,
  type Handlers,
  Refusal,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';
import { newSession } from './session';

// Parsing, storing and figures run here, never on the UI thread. This file only routes:
// the handlers live per domain in handlers/, around one session object.

const handlers: Handlers = {
  ...importHandlers,
  ...datasetHandlers,
  ...figureHandlers,
  ...backupHandlers,
};
const session = newSession();

const post = (message: WorkerResponse) => (self as unknown as Worker).postMessage(message);

/** A handler by name, with its own argument type (the request is checked by `WorkerRequest`). */
const handlerOf = <K extends CallName>(name: K) =>
  handlers[name] as (args: unknown, ctx: CallContext, s: typeof session) => Promise<unknown>;

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, name, args } = event.data;
  const ctx: CallContext = {
    progress: (stage, done) =>
      post(
        done === undefined
          ? { id, type: 'progress', stage }
          : { id, type: 'progress', stage, done },
      ),
  };
  try {
    // A large result in parts: the UI thread reads each message in a short task.
    const { rest, parts } = splitParts(await handlerOf(name)(args, ctx, session));
    for (const part of parts) post({ id, type: 'part', part });
    post({ id, type: 'result', value: rest });
  } catch (error) {
    if (error instanceof Refusal) post({ id, type: 'refused', code: error.code });
    else if (error instanceof StorageError)
      post({
        id,
        type: 'refused',
        code: error.code === 'quota' ? 'storage_full' : 'storage_failed',
      });
    else
      post({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
