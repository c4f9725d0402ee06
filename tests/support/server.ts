/**
 * Serves the fixture and demo console pages on loopback, with per-page response headers
 * (a page may ask for a strict Content-Security-Policy through `?csp=strict`).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function serveFixtures(root = FIXTURES, port = 0, host = '127.0.0.1'): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    const path = existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
    if (!path.startsWith(root) || !existsSync(path)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' };
    if (url.searchParams.get('csp') === 'strict') {
      headers['content-security-policy'] = "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self'";
    }
    res.writeHead(200, headers);
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((done) => server.listen(port, host, done));
  const { port: actual } = server.address() as AddressInfo;
  const origin = `http://${host}:${actual}`;
  return {
    origin,
    url: (p) => `${origin}/${p.replace(/^\//, '')}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // A browser still open keeps sockets it preconnected and never used: close() would wait for them until
        // the server's header timeout (about 90 s here), not for anything the tests need.
        server.closeAllConnections();
      }),
  };
}
