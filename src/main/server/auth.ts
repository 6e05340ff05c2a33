/**
 * Who may talk to the loopback server: requests naming this server in Host (a DNS-rebinding guard),
 * from its own origin when the browser says one, carrying this run's random token.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** One cookie name per port: cookies are not port-scoped, and two servers must not clash. */
export function cookieName(port: number): string {
  return `retrowalk_token_${port}`;
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function tokensEqual(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function tokenFromRequest(req: IncomingMessage, port: number): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim();
  const name = cookieName(port);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

/** Null when the request may proceed, else why it is refused (sent with a 403). */
export function refusal(
  req: IncomingMessage,
  port: number,
  token: string,
  opts: { tokenRequired: boolean },
): string | null {
  const host = req.headers.host ?? '';
  if (!allowedHosts(port).includes(host)) return `Host "${host}" is not this Retrowalk server.`;
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return `Requests from origin "${origin}" are not accepted.`;
  if (opts.tokenRequired && !tokensEqual(tokenFromRequest(req, port), token)) {
    return 'Missing or wrong access token: open the address with ?token=… that Retrowalk printed when it started.';
  }
  return null;
}
