/**
 * The sandboxed renderer's only door to the main process: window.retrowalk.invoke(channel, payload)
 * for the channels of the shared API, nothing else. Resolves with the value or an ApiErrorBody.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { apiChannels, IPC_PREFIX, type ApiChannel, type ApiErrorBody, type ApiRequest, type ApiResponses } from '../shared/api';

const channels = new Set<string>(apiChannels);

const bridge = {
  mode: 'electron' as const,
  invoke<C extends ApiChannel>(channel: C, payload: ApiRequest<C>): Promise<ApiResponses[C] | ApiErrorBody> {
    if (typeof channel !== 'string' || !channels.has(channel)) {
      return Promise.reject(new Error(`Unknown API channel "${String(channel)}".`));
    }
    return ipcRenderer.invoke(IPC_PREFIX + channel, payload) as Promise<ApiResponses[C] | ApiErrorBody>;
  },
  /** The path of a file the user chose or dropped, for import.start({ from: 'path' }); '' when it has none. */
  pathForFile(file: File): string {
    return webUtils.getPathForFile(file);
  },
};

export type RetrowalkBridge = typeof bridge;

contextBridge.exposeInMainWorld('retrowalk', bridge);
