/**
 * What main does with each IPC message, apart from Electron's ipcMain (ipc.ts registers these), so
 * the checks run in tests without the Electron binary: the sender frame's origin, then (for
 * payloads naming a file) that the user picked the file, then the channel's validation and service.
 */
import type { IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import { z } from 'zod';
import { apiRequests, type ApiChannel, type ApiErrorBody, type ApiRequest, type ApiResponses } from '../../shared/api';
import type { ApiDispatch } from '../api/dispatch';
import { unpickedPathRefusal, type PickedPaths } from './pickedPaths';

export interface IpcDeps {
  dispatch: ApiDispatch;
  isOwnOrigin: (url: string) => boolean;
  pickedPaths: PickedPaths;
  /** report.savePdf needs the window that asked (to print it), which only IPC knows: handled here, not by the services. */
  savePdf: (sender: WebContents, request: ApiRequest<'report.savePdf'>) => Promise<ApiResponses['report.savePdf']>;
}

const errorBody = (code: ApiErrorBody['error']['code'], message: string): ApiErrorBody => ({
  error: { code, message },
});

/** The frame's URL when it is the app's own page, else null. */
function ownSender(event: Pick<IpcMainEvent | IpcMainInvokeEvent, 'senderFrame'>, deps: IpcDeps): string | null {
  const url = event.senderFrame?.url ?? '';
  return deps.isOwnOrigin(url) ? url : null;
}

async function savePdf(deps: IpcDeps, sender: WebContents, payload: unknown): Promise<unknown> {
  const parsed = apiRequests['report.savePdf'].safeParse(payload);
  if (!parsed.success)
    return errorBody('invalid_payload', `Invalid payload for report.savePdf: ${z.prettifyError(parsed.error)}`);
  try {
    return await deps.savePdf(sender, parsed.data);
  } catch (err) {
    return errorBody('internal', `Could not save the PDF: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** An API call: resolves with the channel's value, or with an ApiErrorBody (the preload passes either on). */
export function createInvokeHandler(deps: IpcDeps) {
  return async (channel: ApiChannel, event: IpcMainInvokeEvent, payload: unknown): Promise<unknown> => {
    if (ownSender(event, deps) === null)
      return errorBody('invalid_payload', `IPC from ${event.senderFrame?.url || 'an unknown frame'} refused.`);
    const refusal = unpickedPathRefusal(deps.pickedPaths, channel, payload);
    if (refusal) return errorBody('invalid_payload', refusal);
    if (channel === 'report.savePdf') return savePdf(deps, event.sender, payload);
    const outcome = await deps.dispatch(channel, payload);
    return outcome.ok ? outcome.value : outcome.body;
  };
}

const pickedPathSchema = z.string().min(1).max(4096);

/** The preload's PICKED_PATH_CHANNEL message (sendSync): remembers the path; answers whether it did. */
export function createPickedPathHandler(deps: IpcDeps) {
  return (event: IpcMainEvent, path: unknown): void => {
    const parsed = pickedPathSchema.safeParse(path);
    const accepted = ownSender(event, deps) !== null && parsed.success;
    if (accepted) deps.pickedPaths.add(parsed.data);
    event.returnValue = accepted;
  };
}
