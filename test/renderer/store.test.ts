import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkerCall } from '../../renderer/src/worker/protocol';

// The store talks to the worker only through worker/client: record what it asks.
const calls: WorkerCall[] = [];
vi.mock('../../renderer/src/worker/client', () => ({
  analysis: vi.fn(async (call: WorkerCall) => {
    calls.push(call);
    return {
      report: {
        sheets: [
          {
            file: 'a.csv',
            sheet: 'a',
            signature: 'sig',
            columnIndex: { client: 0, product: 1, startDate: 2, endDate: 3 },
          },
        ],
        rejected: [],
        unknownProducts: [],
      },
      metrics: {},
    };
  }),
  call: vi.fn(),
  cancel: vi.fn(),
  workspaceState: vi.fn(),
  Cancelled: class extends Error {},
}));
vi.mock('../../data-samples/drechtsteden-2015-2019.xlsx?url', () => ({ default: '' }));

const { useApp } = await import('../../renderer/src/state/store');

describe('de koppelcorrectie in de store', () => {
  beforeEach(async () => {
    calls.length = 0;
    await useApp.getState().previewFiles([{ name: 'a.csv', bytes: new Uint8Array([1]) }]);
  });

  it('een kolom krijgt een ander veld: hij verlaat zijn oude veld, het veld zijn oude kolom', async () => {
    await useApp.getState().remap('sig', 3, 'startDate');
    const last = calls.at(-1) as Extract<WorkerCall, { type: 'preview' }>;
    expect(last.type).toBe('preview');
    expect(last.mappings.sig?.columns).toEqual({
      client: 0,
      product: 1,
      startDate: 3,
      endDate: null,
    });
  });

  it('een kolom niet gebruiken, en een onbekend product koppelen', async () => {
    await useApp.getState().remap('sig', 1, null);
    await useApp.getState().mapProduct('XYZ', 'IB1');
    const last = calls.at(-1) as Extract<WorkerCall, { type: 'preview' }>;
    expect(last.mappings.sig?.columns).toEqual({
      client: 0,
      product: null,
      startDate: 2,
      endDate: 3,
    });
    expect(last.productMap).toEqual({ XYZ: 'IB1' });
  });
});
