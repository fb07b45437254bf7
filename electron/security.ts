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
 * An external link the system browser may open: parsed with `new URL`, only
 * http(s), no credentials, never the app's own scheme. `null` otherwise.
 */
export function externalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || !url.hostname) return null;
  return url.href;
}

/** Cancels every navigation and redirect, denies new windows; http(s) links go to the system browser. */
export function guardWebContents(
  contents: WebContents,
  openExternal: (url: string) => Promise<void>,
): void {
  const block = (event: { preventDefault(): void }, url: string) => {
    event.preventDefault();
    const external = externalUrl(url);
    if (external) void openExternal(external);
  };
  contents.on('will-navigate', block);
  contents.on('will-redirect', block);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrl(url);
    if (external) void openExternal(external);
    return { action: 'deny' };
  });
}

/** Denies every permission (camera, notifications, geolocation, …) and blocks every network request. */
export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAppUrl(details.url) && !details.url.startsWith('devtools://') });
  });
}
