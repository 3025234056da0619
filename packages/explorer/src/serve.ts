/**
 * A small static server for a built site, on 127.0.0.1 only: for convenience (the site reads
 * from file:// as well). A folder is served as its index.html, as a host of the IRIs would;
 * nothing outside the root is ever served.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server as HttpServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { ExplorerError } from './load.js';

export interface ServeOptions {
  /** The built site's folder. */
  root: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface Server {
  url: string;
  port: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

export async function serve({ root, port = 0 }: ServeOptions): Promise<Server> {
  const base = resolve(root);
  const info = await stat(base).catch(() => null);
  if (!info?.isDirectory()) throw new ExplorerError(`no site at ${base}: build it first (\`cyberlex site\`)`);
  const server: HttpServer = createServer(async (req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    const target = resolve(join(base, path));
    if (target !== base && !target.startsWith(base + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    const found = await stat(target).catch(() => null);
    if (found?.isDirectory()) {
      // an IRI without the slash: redirect so the page's relative links resolve
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      return send(join(target, 'index.html'));
    }
    return send(target);

    async function send(file: string) {
      const s = await stat(file).catch(() => null);
      if (!s?.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': s.size });
      createReadStream(file).pipe(res);
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    close: () => new Promise<void>((ok, fail) => server.close((e) => (e ? fail(e) : ok()))),
  };
}
