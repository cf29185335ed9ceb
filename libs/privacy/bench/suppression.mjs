#!/usr/bin/env node
// Times secondary suppression and the LP audit on synthetic tables, in plain Node.
// (Under Jest the simplex runs in a VM context and is about 30× slower, so the unit tests use
// small tables.) Usage: node libs/privacy/bench/suppression.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const out = join(root, 'tmp', 'privacy-bench');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
const swc = createRequire(import.meta.url).resolve('@swc/cli/bin/swc.js');
const compiled = spawnSync(
  process.execPath,
  [swc, 'libs/privacy/src', '-d', out, '--strip-leading-paths', '--quiet'],
  { cwd: root, stdio: 'inherit' },
);
if (compiled.status !== 0) process.exit(compiled.status ?? 1);
const privacy = await import(pathToFileURL(join(out, 'privacy', 'src', 'index.js')).href);

/** mulberry32: a seeded generator, so every run times the same tables. */
function generator(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function time(label, run) {
  const start = performance.now();
  const detail = run();
  console.log(
    `${label.padEnd(48)} ${String(Math.round(performance.now() - start)).padStart(6)} ms  ${detail}`,
  );
}

// 1. Two-way tables with margins; 10 % of inner cells are small counts (width 4 in [1, 9]) and
//    3 % more are dominated (protection 15 % of the value).
for (const [rows, columns] of [
  [20, 30],
  [40, 50],
  [60, 60],
]) {
  const random = generator(42);
  const rowCodes = Array.from({ length: rows }, (_, i) => `r${i}`);
  const columnCodes = Array.from({ length: columns }, (_, j) => `c${j}`);
  const inner = rowCodes.map(() =>
    columnCodes.map(() =>
      random() < 0.1 ? 1 + Math.floor(random() * 9) : 10 + Math.floor(random() * 500),
    ),
  );
  const table = privacy.twoWayTable(rowCodes, columnCodes, inner);
  const primary = new Map();
  rowCodes.forEach((row, i) =>
    columnCodes.forEach((column, j) => {
      const value = inner[i][j];
      const id = `${row}|${column}`;
      if (value < 10) {
        primary.set(id, {
          protection: { upper: 0, lower: 0, width: 4 },
          bounds: { lower: 1, upper: 9 },
        });
      } else if (random() < 0.03) {
        const level = Math.round(value * 0.15);
        primary.set(id, { protection: { upper: level, lower: level, width: 1 } });
      }
    }),
  );
  let plan;
  time(`two-way ${rows}×${columns} (${table.cells.length} cells): choose`, () => {
    plan = privacy.chooseSecondarySuppression(table, primary, { audit: false });
    return `${primary.size} primary, ${plan.secondary.size} secondary`;
  });
  time(`two-way ${rows}×${columns} (${table.cells.length} cells): audit`, () => {
    const bounds = new Map(
      [...primary].filter(([, c]) => c.bounds).map(([id, c]) => [id, c.bounds]),
    );
    return `${privacy.auditSuppression(table, plan.suppressed, { bounds }).size} intervals`;
  });
}

// 2. A release table: country × content type × month with the quarter, margins everywhere,
//    contributions of 8 hotlines (some countries tiny), through protectTable.
for (const countries of [30, 60]) {
  const random = generator(7);
  const months = ['2026-01', '2026-02', '2026-03'];
  const dimensions = [
    privacy.withTotal(Array.from({ length: countries }, (_, i) => `k${i}`)),
    privacy.withTotal(['image', 'video', 'other', 'unknown']),
    privacy.timeDimension([{ total: '2026-Q1', parts: months }]),
  ];
  const { cells, equations } = privacy.crossTable(dimensions, () => 0);
  const isLeaf = (id) => !id.includes('total') && !id.includes('Q1');
  const input = {
    unit: 'reports',
    equations,
    cells: cells.map(({ id }) => {
      if (!isLeaf(id)) return { id };
      const scale = Number(id.slice(1, id.indexOf('|'))) % 5 === 0 ? 3 : 60;
      const contributions = Array.from({ length: 8 }, (_, h) => ({
        contributorId: `h${h}`,
        value: random() < 0.5 ? Math.floor(random() * scale) : 0,
        attributed: false,
      }));
      return { id, contributions };
    }),
  };
  time(`release ${countries}×4×(3+1) (${cells.length} cells): protectTable`, () => {
    const result = privacy.protectTable(input);
    const count = (reason) => result.cells.filter((c) => c.suppression === reason).length;
    const unprotected = result.audit.filter((a) => !a.protected).length;
    return `${count('contributors')} contributors, ${count('dominance')} dominance, ${count('small_count')} small, ${count('secondary')} secondary, ${unprotected} unprotected`;
  });
}
