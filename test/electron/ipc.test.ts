import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { registerIpc } from '../../electron/ipc';
import { ipcChannels } from '../../shared/ipc';
import { tempDir } from '../helpers';

vi.mock('electron', () => ({}));

type Frame = { url: string };
type Handler = (event: { senderFrame: Frame | null }, ...args: unknown[]) => Promise<unknown>;

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
    window: () => window as never,
    appInfo: () => ({
      name: 'Begeleidingsmonitor',
      version: '0.1.0',
      platform: 'linux',
      dataFolder: '~/.config/Begeleidingsmonitor',
    }),
  });
  // The window's main frame; a call from it carries that frame, at the URL it shows.
  const mainFrame: Frame = { url: 'app://bm/index.html' };
  const window = { webContents: { mainFrame } };
  const call = (channel: string, url: string, ...args: unknown[]) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    mainFrame.url = url;
    return handler({ senderFrame: mainFrame }, ...args);
  };
  /** A call from another frame (an iframe), even one on the app's own URL. */
  const callFromSubframe = (channel: string, url: string) =>
    (handlers.get(channel) as Handler)({ senderFrame: { url } });
  return { handlers, dialog, call, callFromSubframe };
}

describe('IPC-handlers in main', () => {
  const saved = tempDir('bm-ipc-');
  it('registreert precies de verben van shared/ipc.ts (behalve de menu-commando’s, die main zelf stuurt)', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(
      Object.entries(ipcChannels)
        .filter(([verb]) => verb !== 'onCommand')
        .map(([, c]) => c)
        .sort(),
    );
  });

  it('weigert een aanroep uit een ander frame dan het hoofdframe, ook op app://bm', async () => {
    const { callFromSubframe } = setup();
    await expect(callFromSubframe(ipcChannels.appInfo, 'app://bm/index.html')).rejects.toThrow(
      /not the app/,
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
    const target = join(saved, 'cijfers.xlsx');
    const { call } = setup(target);
    await expect(
      call(ipcChannels.saveFile, 'app://bm/index.html', 'cijfers.xlsx', new Uint8Array([1, 2, 3])),
    ).resolves.toEqual({ saved: true });
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
  });
});
