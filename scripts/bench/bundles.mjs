// JavaScript sizes of the built web app per route, from Vite's build manifest
// (dist/apps/web/.vite/manifest.json, `build.manifest: true`): the entry and its static imports,
// plus a route's lazy chunk(s) and their static imports, each file gzipped on its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const WEB_DIST = 'dist/apps/web';

/** The build manifest: chunk key → { file, src, imports, dynamicImports, isEntry, isDynamicEntry }. */
export function readManifest(dist = WEB_DIST) {
  return JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
}

/** The manifest's entry chunk key (`index.html`). */
export function entryKey(manifest) {
  const key = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!key) throw new Error('The build manifest has no entry chunk');
  return key;
}

/** Output files of chunks and everything they import statically (what loads with them). */
export function staticClosure(manifest, keys) {
  const files = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest has no chunk ${key}`);
    if (chunk.file.endsWith('.js')) files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return files;
}

/** The chunk keys whose output file is one of `files`, and that are loaded by `import()`. */
export function dynamicEntriesOf(manifest, files) {
  return Object.keys(manifest).filter(
    (key) => manifest[key].isDynamicEntry && files.has(manifest[key].file),
  );
}

const gzipCache = new Map();

/** Gzipped size of a built file in bytes (level 9; within 1 % of Vite's build report). */
export function gzipBytes(file, dist = WEB_DIST) {
  const path = join(dist, file);
  let size = gzipCache.get(path);
  if (size === undefined) {
    size = gzipSync(readFileSync(path), { level: 9 }).length;
    gzipCache.set(path, size);
  }
  return size;
}

export const sumGzip = (files, dist = WEB_DIST) =>
  [...files].reduce((total, file) => total + gzipBytes(file, dist), 0);

/**
 * What a route loads: the entry's closure (shared by every route) and the closure of its lazy
 * chunks beyond it, with their gzip sizes in bytes.
 */
export function routeBundle(manifest, lazyKeys, dist = WEB_DIST) {
  const shared = staticClosure(manifest, [entryKey(manifest)]);
  const own = new Set([...staticClosure(manifest, lazyKeys)].filter((f) => !shared.has(f)));
  return {
    files: shared.size + own.size,
    fileSet: new Set([...shared, ...own]),
    sharedBytes: sumGzip(shared, dist),
    routeBytes: sumGzip(own, dist),
    totalBytes: sumGzip(shared, dist) + sumGzip(own, dist),
    lazy: lazyKeys.map((key) => manifest[key].src ?? key),
  };
}

export const kilobytes = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
