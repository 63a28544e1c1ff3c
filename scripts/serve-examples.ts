/**
 * `npm run example:browser`: serves the project folder on localhost so that examples/browser/index.html can
 * load the browser build (dist/muqabala.browser.js) and the example reports — browsers load neither
 * modules nor fetched files from file:// pages. Read-only, GET and HEAD only, nothing outside the project.
 * test/browser-example.browser.test.ts starts the same server.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface ServeOptions {
  /** The folder to serve. Default: the project. */
  readonly root?: string;
  /** URL paths answered from other files (the test serves a fresh build of the browser module). */
  readonly overrides?: Readonly<Record<string, string>>;
  /** Default: any free port. */
  readonly port?: number;
}

/** Starts the server on 127.0.0.1; resolves with it and its base URL. */
export function serve(options: ServeOptions = {}): Promise<{ server: Server; url: string }> {
  const root = options.root ?? join(import.meta.dirname, '..');
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = options.overrides?.[path] ?? normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    const inside = options.overrides?.[path] !== undefined || file === root || file.startsWith(root + sep);
    let size = -1;
    try {
      const stat = statSync(file);
      if (stat.isFile()) size = stat.size;
    } catch {
      // Not there: 404 below.
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
    } else if (!inside || size < 0) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } else {
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': size,
        'cache-control': 'no-store',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serve({ port: Number(process.env.PORT ?? 8080) });
  console.log(`Serving the project: open ${url}/examples/browser/ (Ctrl-C to stop)`);
}
