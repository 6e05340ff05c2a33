/** Registers main's IPC: one ipcMain handler per API channel, and the preload's picked-path message. */
import { ipcMain } from 'electron';
import { apiChannels, IPC_PREFIX } from '../../shared/api';
import { PICKED_PATH_CHANNEL } from '../../shared/pickedPathChannel';
import type { ApiDispatch } from '../api/dispatch';
import { createInvokeHandler, createPickedPathHandler, type IpcDeps } from './ipcHandler';
import { PickedPaths } from './pickedPaths';
import { saveReportPdf } from './report-pdf';

export function handleIpc(dispatch: ApiDispatch, isOwnOrigin: (url: string) => boolean): void {
  const deps: IpcDeps = { dispatch, isOwnOrigin, pickedPaths: new PickedPaths(), savePdf: saveReportPdf };
  const invoke = createInvokeHandler(deps);
  for (const channel of apiChannels)
    ipcMain.handle(IPC_PREFIX + channel, (event, payload: unknown) => invoke(channel, event, payload));
  ipcMain.on(PICKED_PATH_CHANNEL, createPickedPathHandler(deps));
}
