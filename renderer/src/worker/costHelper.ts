import { CostThreadClient, type FromCostThread } from '../../../shared/metrics/costThread';

let helper: CostThreadClient | null | undefined;

/**
 * The cost worker beside the analysis worker (its second thread), made on first use; null
 * where no worker can be made here or the one made failed: then the engine makes the cost
 * itself, as it did before.
 */
export function costHelper(): CostThreadClient | null {
  if (helper !== undefined) return helper;
  helper = null;
  if (typeof Worker === 'undefined') return helper;
  try {
    const worker = new Worker(new URL('./cost.worker.ts', import.meta.url), { type: 'module' });
    const client = new CostThreadClient((message, transfer) =>
      worker.postMessage(message, transfer),
    );
    worker.onmessage = (event: MessageEvent<FromCostThread>) => client.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      helper = null;
      worker.terminate();
      client.lost(event.message || 'De kostenrekenaar is gestopt.');
    };
    helper = client;
  } catch {
    helper = null;
  }
  return helper;
}
