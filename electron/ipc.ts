import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  type AppInfo,
  ipcChannels,
  type PickedFile,
  type SaveResult,
  validateNoArgs,
  validatePrintToPdf,
  validateSaveFile,
} from '../shared/ipc';
import { isAppUrl } from './security';

const MAX_OPEN_BYTES = 500 * 1024 * 1024;

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  window: () => BrowserWindow | null;
  appInfo: () => AppInfo;
}

/** Only the app's own page may call the shell: the main frame of its window, on an app URL. */
function fromApp(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  const frame = event.senderFrame;
  return (
    frame !== null &&
    window !== null &&
    frame === window.webContents.mainFrame &&
    isAppUrl(frame.url)
  );
}

/** Registers the handlers of shared/ipc.ts; each checks its sender and its arguments. */
export function registerIpc(deps: IpcDeps): void {
  const handle = <T>(channel: string, fn: (args: unknown[]) => Promise<T>) => {
    deps.ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      if (!fromApp(event, deps.window())) throw new Error('IPC refused: not the app');
      return fn(args);
    });
  };

  handle(ipcChannels.pickSpreadsheets, async (args): Promise<PickedFile[]> => {
    if (!validateNoArgs(args).ok) throw new Error('pickSpreadsheets takes no arguments');
    const win = deps.window();
    const options = {
      title: 'Spreadsheets importeren',
      properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[],
      filters: [
        {
          name: 'Spreadsheets en iWmo-berichten',
          extensions: ['xlsx', 'xlsm', 'xls', 'ods', 'csv', 'tsv', 'txt', 'xml', 'zip'],
        },
      ],
    };
    const result = win
      ? await deps.dialog.showOpenDialog(win, options)
      : await deps.dialog.showOpenDialog(options);
    if (result.canceled) return [];
    const files: PickedFile[] = [];
    for (const path of result.filePaths) {
      if ((await stat(path)).size > MAX_OPEN_BYTES)
        throw new Error(`${basename(path)} is groter dan 500 MB`);
      const buffer = await readFile(path);
      files.push({
        name: basename(path),
        bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
      });
    }
    return files;
  });

  handle(ipcChannels.saveFile, async (args): Promise<SaveResult> => {
    const v = validateSaveFile(args);
    if (!v.ok) throw new Error(`saveFile refused: ${v.reason}`);
    const path = await askSavePath(deps, v.value.name);
    if (!path) return { saved: false };
    await writeFile(path, v.value.bytes);
    return { saved: true };
  });

  handle(ipcChannels.printToPdf, async (args): Promise<SaveResult> => {
    const v = validatePrintToPdf(args);
    if (!v.ok) throw new Error(`printToPdf refused: ${v.reason}`);
    const win = deps.window();
    if (!win) return { saved: false };
    const path = await askSavePath(deps, v.value.name);
    if (!path) return { saved: false };
    const pdf = await win.webContents.printToPDF(pdfOptions);
    await writeFile(path, pdf);
    return { saved: true };
  });

  handle(ipcChannels.appInfo, async (args): Promise<AppInfo> => {
    if (!validateNoArgs(args).ok) throw new Error('appInfo takes no arguments');
    return deps.appInfo();
  });
}

/** A4 with page numbers in the footer (the brief and every printed screen). */
export const pdfOptions = {
  printBackground: true,
  pageSize: 'A4',
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate:
    '<div style="font-family: sans-serif; font-size: 8px; color: #57606a; width: 100%; text-align: center;">Pagina <span class="pageNumber"></span> van <span class="totalPages"></span></div>',
  margins: { top: 0.8, bottom: 0.8, left: 0.7, right: 0.7 },
} as const;

async function askSavePath(deps: IpcDeps, name: string): Promise<string | null> {
  const win = deps.window();
  const options = { title: 'Opslaan', defaultPath: name };
  const result = win
    ? await deps.dialog.showSaveDialog(win, options)
    : await deps.dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
