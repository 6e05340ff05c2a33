/** A raw HTTP client for the server tests: unlike fetch, it lets a test send any Host or Origin. */
import { request as httpRequest } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  json: () => unknown;
}

export function request(
  port: number,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: opts.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: res.statusCode!,
            headers: res.headers,
            body,
            json: () => JSON.parse(body.toString('utf8')),
          });
        });
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** The header that carries the run's token. */
export const withToken = (server: { token: string }) => ({ authorization: `Bearer ${server.token}` });

/** POSTs the JSON text `body` to /api/`channel` with the run's token (and `headers`): the status and the answer. */
export async function postApi(
  server: { port: number; token: string },
  channel: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any }> {
  const res = await request(server.port, `/api/${channel}`, {
    method: 'POST',
    headers: { ...withToken(server), 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: res.status, body: res.json() };
}
