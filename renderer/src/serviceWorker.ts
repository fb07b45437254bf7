/**
 * Registers the offline service worker in the web build (http(s) only: the
 * Electron shell serves the app from its own app:// protocol and needs none).
 */
export function registerServiceWorker(): void {
  if (
    !('serviceWorker' in navigator) ||
    !/^https?:$/.test(location.protocol) ||
    import.meta.env.DEV
  )
    return;
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // Without a service worker the app still works; it just is not available offline.
  });
}
