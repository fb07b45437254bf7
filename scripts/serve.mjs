// Serves a static folder on localhost only (the offline web build): `node scripts/serve.mjs dist/web [port]`.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist/web');
const port = Number(process.argv[3] ?? process.env.PORT ?? 5180);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`Geen app gevonden in ${root}: draai eerst npm run build:web.`);
  process.exit(2);
}

const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const server = createServer((req, res) => {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const file = resolve(root, normalize(`.${path === '/' ? '/index.html' : path}`));
  if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Niet gevonden');
    return;
  }
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    // The page's own policy (index.html), plus what only a header can say: no other site may
    // frame it. The same policy as the Electron shell's (electron/protocol.ts).
    'content-security-policy': POLICY,
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
  });
  createReadStream(file).pipe(res);
});

server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address();
  console.log(`Begeleidingsmonitor draait op http://127.0.0.1:${actual}/ (Ctrl+C om te stoppen)`);
});
