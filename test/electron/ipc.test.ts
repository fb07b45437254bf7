import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { registerIpc } from '../../electron/ipc';
import { ipcChannels } from '../../shared/ipc';

vi.mock('electron', () => ({}));

type Handler = (
  event: { senderFrame: { url: string } | null },
  ...args: unknown[]
) => Promise<unknown>;

function setup(savePath: string | null = null) {
  const handlers = new Map<string, Handler>();
  const dialog = {
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(async () =>
      savePath ? { canceled: false, filePath: savePath } : { canceled: true },
    ),
  };
  registerIpc({
    ipcMain: { handle: (channel: string, fn: Handler) => handlers.set(channel, fn) } as never,
    dialog: dialog as never,
    window: () => null,
    appInfo: () => ({
      name: 'Begeleidingsmonitor',
      version: '0.1.0',
      platform: 'linux',
      dataPath: '/tmp/bm',
    }),
  });
  const call = (channel: string, url: string, ...args: unknown[]) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler({ senderFrame: { url } }, ...args);
  };
  return { handlers, dialog, call };
}

describe('IPC-handlers in main', () => {
  it('registreert precies de verben van shared/ipc.ts (behalve de menu-commando’s, die main zelf stuurt)', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(
      Object.entries(ipcChannels)
        .filter(([verb]) => verb !== 'onCommand')
        .map(([, c]) => c)
        .sort(),
    );
  });

  it('weigert elke aanroep die niet van de eigen pagina (app://bm) komt', async () => {
    const { call } = setup();
    await expect(call(ipcChannels.appInfo, 'https://evil.example/')).rejects.toThrow(/not the app/);
    await expect(call(ipcChannels.appInfo, 'app://bm.evil/index.html')).rejects.toThrow(
      /not the app/,
    );
    await expect(call(ipcChannels.appInfo, 'app://bm/index.html')).resolves.toMatchObject({
      name: 'Begeleidingsmonitor',
    });
  });

  it('valideert argumenten voordat er een dialoog opengaat of iets wordt geschreven', async () => {
    const { call, dialog } = setup();
    await expect(
      call(ipcChannels.saveFile, 'app://bm/index.html', '../../etc/passwd', new Uint8Array([1])),
    ).rejects.toThrow(/refused/);
    await expect(
      call(ipcChannels.saveFile, 'app://bm/index.html', 'cijfers.xlsx', 'geen bytes'),
    ).rejects.toThrow(/refused/);
    await expect(call(ipcChannels.printToPdf, 'app://bm/index.html', 'brief.exe')).rejects.toThrow(
      /refused/,
    );
    await expect(
      call(ipcChannels.pickSpreadsheets, 'app://bm/index.html', 'extra'),
    ).rejects.toThrow();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('schrijft een geldig bestand waar de gebruiker het koos', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'bm-ipc-')), 'cijfers.xlsx');
    const { call } = setup(target);
    await expect(
      call(ipcChannels.saveFile, 'app://bm/index.html', 'cijfers.xlsx', new Uint8Array([1, 2, 3])),
    ).resolves.toEqual({ saved: true });
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
  });
});
