import type { BmApi } from '../../shared/ipc';

declare global {
  interface Window {
    /** The Electron shell's API; absent when the app runs in a browser. */
    bm?: BmApi;
  }
}
