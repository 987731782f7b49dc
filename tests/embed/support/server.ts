import { readFileSync } from 'node:fs';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';

/**
 * The policy a cautious government portal sends with every page: nothing but its own origin, no inline script or
 * style, and DOM sinks (innerHTML and friends) only through Trusted Types.
 */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * What a route answers: a file on disk (read on each request, so edits show up), a body made in the test, or a
 * response the test writes itself (a body that trickles, or never ends). `csp` replaces the server's policy for this
 * route (`null`: none, as on a page without a policy); `headers` are added.
 */
export type Route = (
  | { file: string }
  | { body: string | Buffer; type: string }
  | { respond: (req: IncomingMessage, res: ServerResponse) => void }
) & {
  csp?: string | null;
  headers?: Record<string, string>;
};

/** One request the server answered, as the host's web server would log it. */
export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  headers: IncomingHttpHeaders;
}

export interface EmbedServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request so far, in order. */
  requests: LoggedRequest[];
  close(): Promise<void>;
}

/**
 * A static server for the host pages: fixed routes only (a path not listed is a 404), every response with the
 * strict Content-Security-Policy header (unless its route says otherwise), and a log of each request with its headers
 * (to see which carried cookies).
 */
export async function startEmbedServer(
  routes: ReadonlyMap<string, Route>,
  csp: string = STRICT_CSP,
  port = 0,
): Promise<EmbedServer> {
  const requests: LoggedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = req.method === 'GET' || req.method === 'HEAD' ? routes.get(path) : undefined;
    const policy = route?.csp === undefined ? csp : route.csp;
    const headers: Record<string, string> = {
      ...(policy === null ? {} : { 'Content-Security-Policy': policy }),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      ...route?.headers,
    };
    if (route && 'respond' in route) {
      requests.push({ method: req.method ?? '', path, status: 200, headers: req.headers });
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      route.respond(req, res);
      return;
    }
    let body: string | Buffer | undefined;
    let type = 'text/plain; charset=utf-8';
    if (route && 'file' in route) {
      body = readFileSync(route.file);
      type = TYPES[extname(route.file)] ?? 'application/octet-stream';
    } else if (route) {
      ({ body, type } = route);
    }
    const status = body === undefined ? 404 : 200;
    requests.push({ method: req.method ?? '', path, status, headers: req.headers });
    res.writeHead(status, { 'Content-Type': type, ...headers });
    res.end(req.method === 'HEAD' ? undefined : (body ?? `no route for ${path}`));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
