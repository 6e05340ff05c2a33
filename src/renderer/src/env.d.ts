import type { PreloadBridge } from './api/ipc-transport';
import type { RetrowalkDebug } from './live/debug';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    retrowalk?: PreloadBridge;
    /** Read-only snapshot of the live tracking, for end-to-end tests and benchmarks. */
    __retrowalkDebug?: RetrowalkDebug;
  }
}
