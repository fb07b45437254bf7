import type { Session, WebContents } from 'electron';

/** The app's own origin: everything it shows comes from here. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://bm`;

/** True for a URL of the app itself (`app://bm/...`). */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === 'bm';
  } catch {
    return false;
  }
}

/**
 * Cancels every navigation and redirect and denies every new window: the app
 * has no external links, so nothing leaves it, not even to the system browser.
 */
export function guardWebContents(contents: WebContents): void {
  const block = (event: { preventDefault(): void }) => event.preventDefault();
  contents.on('will-navigate', block);
  contents.on('will-redirect', block);
  contents.on('will-attach-webview', block);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Where the app keeps its data, as a person reads it, without the absolute
 * path (which names the user): `%APPDATA%\\Begeleidingsmonitor` on Windows.
 */
export function dataFolderText(platform: string, name: string): string {
  if (platform === 'win32') return `%APPDATA%\\${name}`;
  if (platform === 'darwin') return `~/Library/Application Support/${name}`;
  return `~/.config/${name}`;
}

/** Denies every permission (camera, notifications, geolocation, …) and blocks every network request. */
export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAppUrl(details.url) && !details.url.startsWith('devtools://') });
  });
}
