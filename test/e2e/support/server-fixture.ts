/** One browser-mode server for a describe block, on a temporary data folder removed afterwards. */
import { afterAll, beforeAll } from 'vitest';
import { removeDir, startServer, type RunningServer } from './app';

export function useServer(): () => RunningServer {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });
  return () => {
    if (!server) throw new Error('the browser-mode server did not start');
    return server;
  };
}
