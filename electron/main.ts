import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { ipcChannels, type MenuCommand } from '../shared/ipc';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { serveAppFile } from './protocol';
import { APP_ORIGIN, APP_SCHEME, dataFolderText, guardSession, guardWebContents } from './security';

const here = fileURLToPath(new URL('.', import.meta.url));
const webRoot = join(here, '../web');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;

/** Sends a menu command to the page, which acts on it as on its own buttons. */
const command = (name: MenuCommand) => () => {
  mainWindow?.webContents.send(ipcChannels.onCommand, name);
};

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: 'Begeleidingsmonitor',
    show: false,
    webPreferences: {
      preload: join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

app.enableSandbox();

app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

// One instance: a second start brings the open window forward (two would share one database).
if (!app.requestSingleInstanceLock()) app.quit();
app.on('second-instance', () => {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
});

app.whenReady().then(
  () => {
    guardSession(session.defaultSession);
    protocol.handle(APP_SCHEME, (request) => serveAppFile(webRoot, request));
    registerIpc({
      ipcMain,
      dialog,
      window: () => mainWindow,
      appInfo: () => ({
        name: app.getName(),
        version: app.getVersion(),
        platform: process.platform,
        dataFolder: dataFolderText(process.platform, app.getName()),
      }),
    });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(
          {
            importFiles: command('import'),
            exportData: command('export'),
            printPdf: command('print'),
            about: command('about'),
            howCalculated: command('how-calculated'),
          },
          process.platform === 'darwin',
        ),
      ),
    );
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  },
  (error: unknown) => {
    dialog.showErrorBox('Begeleidingsmonitor', `Starten mislukt: ${String(error)}`);
    app.quit();
  },
);

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
