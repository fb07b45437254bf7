// The bench's second thread for the figures (worker_threads): the tariff cost of each call, as the
// app's cost worker makes it (renderer/src/worker/cost.worker.ts).
import { parentPort, Worker } from 'node:worker_threads';
import { CostThreadClient, costThread, type ToCostThread } from '../shared/metrics/costThread';

if (parentPort) {
  const port = parentPort;
  const answer = costThread();
  port.on('message', (message: ToCostThread) => {
    const reply = answer(message);
    if (reply) port.postMessage(reply.answer, reply.transfer);
  });
}

/** A second thread for `MetricsEngine.figuresAlongside`; `close` ends it. */
export function costHelper(): { helper: CostThreadClient; close: () => Promise<number> } {
  const thread = new Worker(new URL('./costThread.mjs', import.meta.url));
  const helper = new CostThreadClient((message, transfer) => thread.postMessage(message, transfer));
  thread.on('message', (message) => helper.receive(message));
  thread.on('error', (error) => helper.lost(error.message));
  return { helper, close: () => thread.terminate() };
}
