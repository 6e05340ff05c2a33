import type { RetrowalkApi } from '../../../shared/api';
import { createApi } from './client';
import { httpInvoke } from './http-transport';
import { ipcInvoke } from './ipc-transport';

export { ApiError } from './errors';

/** The app's API: the preload bridge in Electron, the loopback HTTP server in browser mode. */
export const api: RetrowalkApi = createApi(window.retrowalk ? ipcInvoke(window.retrowalk) : httpInvoke());
