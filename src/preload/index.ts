/**
 * The sandboxed renderer's only door to the main process: window.retrowalk.invoke(channel, payload)
 * for the channels of the shared API, nothing else. Resolves with the value or an ApiErrorBody.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  apiChannels,
  IPC_PREFIX,
  type ApiChannel,
  type ApiErrorBody,
  type ApiRequest,
  type ApiResponses,
} from '../shared/api';
import { PICKED_PATH_CHANNEL } from '../shared/pickedPathChannel';

const channels = new Set<string>(apiChannels);

const bridge = {
  mode: 'electron' as const,
  invoke<C extends ApiChannel>(channel: C, payload: ApiRequest<C>): Promise<ApiResponses[C] | ApiErrorBody> {
    if (typeof channel !== 'string' || !channels.has(channel)) {
      return Promise.reject(new Error(`Unknown API channel "${String(channel)}".`));
    }
    return ipcRenderer.invoke(IPC_PREFIX + channel, payload) as Promise<ApiResponses[C] | ApiErrorBody>;
  },
  /**
   * The path of a file the user chose or dropped, for `{ from: 'path' }` payloads; '' when it has none
   * (a File made by script has no path, so the page cannot invent one). Main accepts a path only once
   * told here, synchronously, so the call that follows finds it accepted.
   */
  pathForFile(file: File): string {
    const path = webUtils.getPathForFile(file);
    if (path && ipcRenderer.sendSync(PICKED_PATH_CHANNEL, path) !== true) return '';
    return path;
  },
};

export type RetrowalkBridge = typeof bridge;

contextBridge.exposeInMainWorld('retrowalk', bridge);
