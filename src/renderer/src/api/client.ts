import { apiChannels, type ApiChannel, type RetrowalkApi } from '../../../shared/api';

/** Sends one request over some transport and resolves with the response value, or throws ApiError. */
export type Invoke = (channel: ApiChannel, payload: unknown) => Promise<unknown>;

/** The typed API on top of any transport: the UI never knows which one it has. */
export function createApi(invoke: Invoke): RetrowalkApi {
  const api: Record<string, (payload: unknown) => Promise<unknown>> = {};
  for (const channel of apiChannels) api[channel] = (payload) => invoke(channel, payload);
  return api as RetrowalkApi;
}
