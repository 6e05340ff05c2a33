/** One ipcMain handler per API channel; each checks the sender frame's origin, then dispatches. */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { apiChannels, apiRequests, IPC_PREFIX, type ApiErrorBody } from '../../shared/api';
import type { ApiDispatch } from '../api/dispatch';
import { saveReportPdf } from './report-pdf';

const errorBody = (code: ApiErrorBody['error']['code'], message: string): ApiErrorBody => ({ error: { code, message } });

/** report.savePdf needs the window that asked (to print it), which only IPC knows: handled here, not by the services. */
async function savePdf(event: IpcMainInvokeEvent, payload: unknown): Promise<unknown> {
  const parsed = apiRequests['report.savePdf'].safeParse(payload);
  if (!parsed.success) return errorBody('invalid_payload', `Invalid payload for report.savePdf: ${z.prettifyError(parsed.error)}`);
  try {
    return await saveReportPdf(event.sender, parsed.data);
  } catch (err) {
    return errorBody('internal', `Could not save the PDF: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Resolves with the channel's value, or with an ApiErrorBody (the preload passes either on). */
export function handleIpc(dispatch: ApiDispatch, isOwnOrigin: (url: string) => boolean): void {
  for (const channel of apiChannels) {
    ipcMain.handle(IPC_PREFIX + channel, async (event: IpcMainInvokeEvent, payload: unknown) => {
      const senderUrl = event.senderFrame?.url ?? '';
      if (!isOwnOrigin(senderUrl)) return errorBody('invalid_payload', `IPC from ${senderUrl || 'an unknown frame'} refused.`);
      if (channel === 'report.savePdf') return savePdf(event, payload);
      const outcome = await dispatch(channel, payload);
      return outcome.ok ? outcome.value : outcome.body;
    });
  }
}
