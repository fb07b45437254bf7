import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  importFiles(): void;
  exportData(): void;
  printPdf(): void;
  about(): void;
  howCalculated(): void;
}

/** The Dutch application menu. */
export function menuTemplate(actions: MenuActions, isMac: boolean): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'Bestand',
      submenu: [
        { label: 'Importeren…', accelerator: 'CmdOrCtrl+O', click: actions.importFiles },
        { label: 'Exporteren…', accelerator: 'CmdOrCtrl+E', click: actions.exportData },
        { label: 'Afdrukken/PDF…', accelerator: 'CmdOrCtrl+P', click: actions.printPdf },
        { type: 'separator' },
        isMac ? { role: 'close', label: 'Venster sluiten' } : { role: 'quit', label: 'Afsluiten' },
      ],
    },
    {
      label: 'Beeld',
      submenu: [
        { role: 'resetZoom', label: 'Werkelijke grootte' },
        { role: 'zoomIn', label: 'Inzoomen' },
        { role: 'zoomOut', label: 'Uitzoomen' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Volledig scherm' },
      ],
    },
    {
      label: 'Help',
      submenu: [
        { label: 'Hoe berekend?', click: actions.howCalculated },
        { label: 'Over Begeleidingsmonitor', click: actions.about },
      ],
    },
  ];
}
