import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

const workspaceRoot = resolve(import.meta.dirname, '../..');

/** `@candor/*` aliases from tsconfig.base.json, so Vite and TypeScript resolve alike. */
function workspaceAliases(): { find: RegExp; replacement: string }[] {
  const tsconfig = JSON.parse(
    readFileSync(resolve(workspaceRoot, 'tsconfig.base.json'), 'utf8'),
  ) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.entries(tsconfig.compilerOptions.paths).flatMap(([alias, [target]]) =>
    target
      ? [
          {
            find: new RegExp(`^${alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
            replacement: resolve(workspaceRoot, target),
          },
        ]
      : [],
  );
}

const apiTarget = `http://127.0.0.1:${process.env['API_PORT'] ?? 3000}`;
const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: apiTarget, changeOrigin: true },
  '/health': { target: apiTarget, changeOrigin: true },
  // REST: CSV templates and file uploads (`/api/templates/hotline`, `/api/submissions`).
  '/api': { target: apiTarget, changeOrigin: true },
};
const port = Number(process.env['WEB_PORT'] ?? 4200);

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: resolve(workspaceRoot, 'node_modules/.vite/apps/web'),
  plugins: [react()],
  resolve: { alias: workspaceAliases() },
  server: { host: '127.0.0.1', port, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port, strictPort: true, proxy },
  build: {
    outDir: resolve(workspaceRoot, 'dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
    reportCompressedSize: true,
    // .vite/manifest.json: which chunks each route loads, for `npm run bench:web`.
    manifest: true,
    rolldownOptions: {
      output: {
        // Name route chunks after their feature library (web-trends-…js) instead of `src`.
        chunkFileNames: (chunk) => {
          const feature = /libs\/(web-[\w-]+)\/src\/index\.ts$/.exec(chunk.facadeModuleId ?? '');
          return `assets/${feature?.[1] ?? '[name]'}-[hash].js`;
        },
      },
    },
  },
});
