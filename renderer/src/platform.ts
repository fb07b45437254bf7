// The one place the renderer reaches the shell: window.bm in Electron, browser fallbacks otherwise.

/** Saves bytes under a name: the native save dialog in Electron, a download in the browser. */
export async function saveBytes(name: string, bytes: Uint8Array, type: string): Promise<void> {
  if (window.bm) {
    await window.bm.saveFile(name, bytes);
    return;
  }
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Prints the page: to a PDF file in Electron, the browser's print dialog otherwise. */
export async function printPage(): Promise<void> {
  if (window.bm) await window.bm.printToPdf('begeleidingsmonitor.pdf');
  else window.print();
}

export interface AboutInfo {
  version: string;
  where: string;
}

/** What the About dialog says about the running app. */
export async function aboutInfo(): Promise<AboutInfo> {
  if (window.bm) {
    const info = await window.bm.appInfo();
    return { version: info.version, where: info.dataFolder };
  }
  return {
    version: __APP_VERSION__,
    where: 'de opslag (IndexedDB) van deze browser, voor dit adres',
  };
}

/** Spreadsheets from the native open dialog in Electron; null in the browser (its file input is used). */
export async function pickSpreadsheets(): Promise<{ name: string; bytes: Uint8Array }[] | null> {
  return window.bm ? window.bm.pickSpreadsheets() : null;
}
