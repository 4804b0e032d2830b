/**
 * Real servers on 127.0.0.1 for the `data update` tests: an HTTP server with a route per case,
 * an HTTPS server with a self-signed certificate, and a proxy that tunnels or refuses CONNECT.
 * Nothing reaches the internet. The CLI must be run with runCliAsync: a synchronous child would
 * block the event loop these servers answer on.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { BIN, NODE, ROOT, type CliResult } from './cli.js';

export const TLS_CERT = join(ROOT, 'test', 'fixtures', 'tls', 'cert.pem');
const TLS_KEY = join(ROOT, 'test', 'fixtures', 'tls', 'key.pem');

/** A server listening on 127.0.0.1, with its base URL, closed by close(). */
export interface TestServer {
  url: string;
  port: number;
  /** Requests seen: "GET /path" for HTTP, "CONNECT host:port" for a proxy. */
  seen: string[];
  close(): Promise<void>;
}

async function listen(server: Server, scheme: string, seen: string[]): Promise<TestServer> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${scheme}://127.0.0.1:${port}`,
    port,
    seen,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

function router(routes: Record<string, Route>, seen: string[]): RequestListener {
  return (request, response) => {
    seen.push(`${request.method} ${request.url}`);
    const route = routes[request.url ?? ''];
    if (route) route(request, response);
    else {
      response.statusCode = 404;
      response.end('not found');
    }
  };
}

/** An HTTP server on 127.0.0.1 with these routes (path → handler). */
export function startServer(routes: Record<string, Route>): Promise<TestServer> {
  const seen: string[] = [];
  return listen(createServer(router(routes, seen)), 'http', seen);
}

/** An HTTPS server on 127.0.0.1 whose certificate (test/fixtures/tls) no client trusts by default. */
export function startHttpsServer(routes: Record<string, Route>): Promise<TestServer> {
  const seen: string[] = [];
  const server = createHttpsServer(
    { key: readFileSync(TLS_KEY), cert: readFileSync(TLS_CERT) },
    router(routes, seen),
  );
  return listen(server, 'https', seen);
}

/** A proxy that tunnels CONNECT to 127.0.0.1 (`refuse` answers 403 instead). */
export function startProxy(options: { refuse?: boolean } = {}): Promise<TestServer> {
  const seen: string[] = [];
  const server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.statusCode = 403;
    response.end();
  });
  server.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
    seen.push(`CONNECT ${request.url}`);
    const [host, port] = (request.url ?? '').split(':');
    if (options.refuse || host !== '127.0.0.1') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  return listen(server, 'http', seen);
}

/** Serves a body with a status and content type. */
export function serve(body: string | Buffer, type = 'application/json', status = 200): Route {
  return (_request, response) => {
    response.statusCode = status;
    response.setHeader('content-type', type);
    response.end(body);
  };
}

/** Runs `nextgen-ready ...args` without blocking this process; stdin is closed. */
export function runCliAsync(
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
): Promise<CliResult> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || key === 'FORCE_COLOR' || key === 'NO_COLOR') continue;
    // The machine's own proxy settings must not reach the servers of a test.
    if (/^(https?|no|all)_proxy$/i.test(key)) continue;
    env[key] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
