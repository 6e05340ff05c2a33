/** One ipcMain handler per API channel; each checks the sender frame's origin, then dispatches. */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { apiChannels, IPC_PREFIX, type ApiErrorBody } from '../../shared/api';
import type { ApiDispatch } from '../api/dispatch';

/** Resolves with the channel's value, or with an ApiErrorBody (the preload passes either on). */
export function handleIpc(dispatch: ApiDispatch, isOwnOrigin: (url: string) => boolean): void {
  for (const channel of apiChannels) {
    ipcMain.handle(IPC_PREFIX + channel, async (event: IpcMainInvokeEvent, payload: unknown) => {
      const senderUrl = event.senderFrame?.url ?? '';
      if (!isOwnOrigin(senderUrl)) {
        const refused: ApiErrorBody = { error: { code: 'invalid_payload', message: `IPC from ${senderUrl || 'an unknown frame'} refused.` } };
        return refused;
      }
      const outcome = await dispatch(channel, payload);
      return outcome.ok ? outcome.value : outcome.body;
    });
  }
}
