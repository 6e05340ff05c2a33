import type { Invoke } from './client';
import { apiError, readErrorBody } from './errors';

/** What the preload exposes on window.retrowalk in the Electron app. */
export interface PreloadBridge {
  invoke(channel: string, payload: unknown): Promise<unknown>;
}

// Electron wraps errors thrown in main as "Error invoking remote method '<channel>': Error: <message>".
const ELECTRON_PREFIX = /^Error invoking remote method '[^']*':\s*(?:\w*Error:\s*)?/;

/** Electron: the preload bridge. Main answers either the value or an ApiErrorBody, or throws. */
export function ipcInvoke(bridge: PreloadBridge): Invoke {
  return async (channel, payload) => {
    let result: unknown;
    try {
      result = await bridge.invoke(channel, payload);
    } catch (err) {
      const text = err instanceof Error ? err.message : String(err);
      const error = readErrorBody(parseJson(text.replace(ELECTRON_PREFIX, '')));
      if (error) throw apiError(error.code, error.message, channel);
      throw apiError('internal', text.replace(ELECTRON_PREFIX, ''), channel);
    }
    const error = readErrorBody(result);
    if (error) throw apiError(error.code, error.message, channel);
    return result;
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
