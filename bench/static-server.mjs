// A tiny static file server for the production builds (no dev server, no SPA fallback: both apps
// route by hash or query). Listens on a free loopback port.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves each `mounts` entry (`{ prefix: '/peer/', dir }`, longest prefix first) and resolves to
 * `{ origin, close() }`.
 */
export async function startStaticServer(mounts) {
  const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length).map((mount) => ({ ...mount, dir: resolve(mount.dir) }));

  async function fileFor(urlPath) {
    const mount = ordered.find((candidate) => urlPath.startsWith(candidate.prefix));
    if (!mount) return null;
    let relative = decodeURIComponent(urlPath.slice(mount.prefix.length));
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const path = normalize(join(mount.dir, relative));
    if (path !== mount.dir && !path.startsWith(mount.dir + sep)) return null;
    const info = await stat(path).catch(() => null);
    return info?.isFile() ? { path, size: info.size } : null;
  }

  const server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    fileFor(urlPath).then(
      (file) => {
        if (!file) {
          response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
          return;
        }
        response.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(file.path)] ?? 'application/octet-stream',
          'content-length': file.size,
          'cache-control': 'no-cache',
        });
        createReadStream(file.path).pipe(response);
      },
      (error) => response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error)),
    );
  });

  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', resolveListen);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections?.();
        server.close(() => resolveClose());
      }),
  };
}
