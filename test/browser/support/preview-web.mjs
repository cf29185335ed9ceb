#!/usr/bin/env node
// Serves the built web app with Vite's programmatic preview() on a free port, proxying /graphql,
// /api and /health to the API given as the first argument. Prints `READY <url>` once listening and
// stops when its parent closes stdin. It runs as its own process because Vite's native bundler
// bindings reject objects created inside Jest's VM context.
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const apiUrl = process.argv[2];
if (!apiUrl) {
  console.error('usage: preview-web.mjs <api-url>');
  process.exit(2);
}
const root = (path) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

const server = await preview({
  configFile: false,
  root: root('apps/web'),
  logLevel: 'warn',
  build: { outDir: root('dist/apps/web') },
  preview: {
    host: '127.0.0.1',
    port: 0,
    strictPort: false,
    open: false,
    proxy: { '/graphql': apiUrl, '/api': apiUrl, '/health': apiUrl },
  },
});
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('Vite preview has no port');
console.log(`READY http://127.0.0.1:${address.port}`);

const stop = () => server.close().then(() => process.exit(0));
process.stdin.on('end', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
