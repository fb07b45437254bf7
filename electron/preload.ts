import { contextBridge, ipcRenderer } from 'electron';
import { type BmApi, ipcChannels, type MenuCommand, menuCommands } from '../shared/ipc';

// Verbs only: the renderer never sees a channel name or ipcRenderer itself.
const api = {
  pickSpreadsheets: () => ipcRenderer.invoke(ipcChannels.pickSpreadsheets),
  saveFile: (suggestedName, bytes) =>
    ipcRenderer.invoke(ipcChannels.saveFile, suggestedName, bytes),
  printToPdf: (suggestedName) => ipcRenderer.invoke(ipcChannels.printToPdf, suggestedName),
  appInfo: () => ipcRenderer.invoke(ipcChannels.appInfo),
  onCommand: (listener) => {
    const relay = (_event: unknown, command: unknown) => {
      if (menuCommands.includes(command as MenuCommand)) listener(command as MenuCommand);
    };
    ipcRenderer.on(ipcChannels.onCommand, relay);
    return () => ipcRenderer.off(ipcChannels.onCommand, relay);
  },
} satisfies BmApi;

contextBridge.exposeInMainWorld('bm', api);
