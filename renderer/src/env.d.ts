import type { BmApi } from '../../shared/ipc';

declare global {
  /** The app's version, from package.json at build time. */
  const __APP_VERSION__: string;
  /** This build's identity (version and build time). */
  const __BUILD_ID__: string;

  interface Window {
    /** The Electron shell's API; absent when the app runs in a browser. */
    bm?: BmApi;
  }
}
