import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Args, CallName } from '../../renderer/src/worker/protocol';

// The store talks to the worker only through worker/client: record what it asks.
const calls: { name: CallName; args: unknown }[] = [];
const answers: Partial<Record<CallName, (args: unknown) => unknown>> = {};
vi.mock('../../renderer/src/worker/client', async () => {
  const { Refusal } = await import('../../renderer/src/worker/protocol');
  return {
    send: vi.fn(async (name: CallName, args: unknown) => {
      calls.push({ name, args });
      const answer = answers[name];
      if (answer) return answer(args);
      if (name === 'preview')
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
      if (name === 'restore' && (args as Args<'restore'>).bytes[0] === 9)
        throw new Refusal('backup_damaged');
      if (name === 'restore')
        return { before: new Uint8Array([7, 7]), sealed: (args as Args<'restore'>).bytes[0] !== 8 };
      if (name === 'state') return { datasets: [], activeDatasetId: 'd1', settings: {} };
      if (name === 'open') return { dataset: { id: 'd1', name: 'Set', batches: [] } };
      return null;
    }),
    cancel: vi.fn(),
    Cancelled: class extends Error {},
  };
});
vi.mock('../../data-samples/drechtsteden-2015-2019.xlsx?url', () => ({ default: '' }));

const { useApp, selectCanUndoRestore } = await import('../../renderer/src/state/store');
const lastArgs = <K extends CallName>(name: K) =>
  calls.filter((c) => c.name === name).at(-1)?.args as Args<K>;

describe('de koppelcorrectie in de store', () => {
  beforeEach(async () => {
    calls.length = 0;
    await useApp.getState().previewFiles([{ name: 'a.csv', bytes: new Uint8Array([1]) }]);
  });

  it('een kolom krijgt een ander veld: hij verlaat zijn oude veld, het veld zijn oude kolom', async () => {
    await useApp.getState().remap('sig', 3, 'startDate');
    expect(calls.at(-1)?.name).toBe('preview');
    expect(lastArgs('preview').mappings.sig?.columns).toEqual({
      client: 0,
      product: 1,
      startDate: 3,
      endDate: null,
    });
  });

  it('een kolom niet gebruiken, en een onbekend product koppelen', async () => {
    await useApp.getState().remap('sig', 1, null);
    await useApp.getState().mapProduct('XYZ', 'IB1');
    expect(lastArgs('preview').mappings.sig?.columns).toEqual({
      client: 0,
      product: null,
      startDate: 2,
      endDate: 3,
    });
    expect(lastArgs('preview').productMap).toEqual({ XYZ: 'IB1' });
  });
});

describe('terugzetten in de store', () => {
  beforeEach(() => {
    calls.length = 0;
    useApp.setState({ beforeRestore: null, error: null });
  });

  it('houdt de werkruimte van vóór het terugzetten vast, ook na Stoppen, en zet die terug', async () => {
    await useApp.getState().restore(new Uint8Array([1]), 'een wachtwoord');
    expect(lastArgs('restore')).toEqual({
      bytes: new Uint8Array([1]),
      passphrase: 'een wachtwoord',
    });
    expect(useApp.getState().notice).toBe('De reservekopie is teruggezet.');
    expect(selectCanUndoRestore(useApp.getState())).toBe(true);
    // Stopping ends the worker; what undoes the restore is held here, not there.
    useApp.getState().cancel();
    expect(useApp.getState().beforeRestore).toEqual(new Uint8Array([7, 7]));
    await useApp.getState().undoRestore();
    expect(lastArgs('restore')).toEqual({ bytes: new Uint8Array([7, 7]), passphrase: null });
    expect(selectCanUndoRestore(useApp.getState())).toBe(false);
    expect(useApp.getState().notice).toBe('De werkruimte is weer zoals vóór het terugzetten.');
  });

  it('een reservekopie van vóór de versleuteling: teruggezet, met de raad een nieuwe te maken', async () => {
    await useApp.getState().restore(new Uint8Array([8]), null);
    expect(useApp.getState().notice).toMatch(
      /^De reservekopie is teruggezet\. Let op: dit bestand was niet versleuteld/,
    );
  });

  it('een weigering komt als code en wordt hier tekst; er valt dan niets ongedaan te maken', async () => {
    await useApp.getState().restore(new Uint8Array([9]), 'een wachtwoord');
    expect(useApp.getState().error).toBe(
      'Reservekopie terugzetten mislukt: Deze reservekopie is beschadigd (de controlesom klopt niet). Er is niets veranderd.',
    );
    expect(selectCanUndoRestore(useApp.getState())).toBe(false);
  });
});
