// Child processes of the benchmark: each measured step runs in its own process, so that its
// peak memory (VmHWM, the high-water mark of its resident set) is its own.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from './http.mjs';

/** Peak resident memory of a live process, in MB (Linux /proc). */
export function peakRssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return Number.NaN;
  }
}

/**
 * Runs `node <script> <args>` and resolves with the JSON object of its last stdout line (the
 * child's report), its wall time and its peak memory; stderr is passed through.
 */
export function runNode(script, args, env, nodeOptions = []) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...nodeOptions, script, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    let peak = 0;
    const poll = setInterval(() => {
      const now = peakRssMb(child.pid);
      if (Number.isFinite(now)) peak = Math.max(peak, now);
    }, 200);
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`${script} ${args.join(' ')} exited ${code}`));
      try {
        const report = JSON.parse(last);
        resolve({
          report,
          wallMs: performance.now() - started,
          peakRssMb: Math.max(peak, report.maxRssMb ?? 0),
        });
      } catch {
        reject(new Error(`${script} printed no JSON report: ${last}`));
      }
    });
  });
}

/** Starts the built API and waits until /health answers; `stop()` ends it by its pid. */
export async function startApi(env, port) {
  const child = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
    env: { ...process.env, ...env, API_PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode}`);
    try {
      const health = await request('GET', `${url}/health`);
      if (health.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid,
    peakRssMb: () => peakRssMb(child.pid),
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
