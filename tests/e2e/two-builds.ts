// Two versions of the production build behind one origin, for the service worker's update path:
// the build as it is, and a copy whose index.html (and so its precache revision in sw.js) changed,
// as the next release would. A test switches which one the server answers with.
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export const BUILD = resolve('dist');

/**
 * A copy of the production build as the next release: index.html carries
 * `<meta name="app-build" content="second">`, and sw.js lists it with a new revision, so the
 * browser installs a new service worker for it. Returns the copy's directory.
 */
export async function nextBuild(from = BUILD): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ost-next-build-'));
  await cp(from, dir, { recursive: true });
  const index = join(dir, 'index.html');
  await writeFile(index, (await readFile(index, 'utf8')).replace('<head>', '<head>\n    <meta name="app-build" content="second">'));
  const worker = join(dir, 'sw.js');
  const source = await readFile(worker, 'utf8');
  const changed = source.replace(/(url:"index\.html",revision:")[0-9a-f]+(")/, `$1${randomBytes(16).toString('hex')}$2`);
  if (changed === source) throw new Error('sw.js does not list index.html with a revision: the build changed shape');
  await writeFile(worker, changed);
  return dir;
}

export interface SwitchableServer {
  /** The origin, e.g. http://127.0.0.1:41234 */
  url: string;
  /** From now on, answers from this build's directory. */
  serve(dir: string): void;
  close(): Promise<void>;
}

/** A static server for one build directory at a time (no caching, so every check sees the switch). */
export async function serveBuild(dir: string): Promise<SwitchableServer> {
  let root = dir;
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const file = normalize(join(root, path === '/' ? 'index.html' : path));
      if (!file.startsWith(root)) {
        response.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(file);
        response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
        response.end(body);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    serve: (next) => {
      root = next;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
