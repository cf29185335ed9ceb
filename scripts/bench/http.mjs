// HTTP client of the benchmark: node:http over keep-alive connections (less client overhead
// than fetch on a 2-core machine that also runs the server and the database).
import http from 'node:http';

export const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export function request(method, url, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        agent,
        headers:
          body === undefined ? headers : { 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** A GraphQL request; throws on an HTTP error or a GraphQL error, so no failure goes unseen. */
export async function graphql(url, query, variables) {
  const res = await request('POST', `${url}/graphql`, JSON.stringify({ query, variables }), {
    'content-type': 'application/json',
  });
  const parsed = JSON.parse(res.body);
  if (res.status !== 200 || parsed.errors) {
    throw new Error(
      `GraphQL ${res.status}: ${JSON.stringify(parsed.errors ?? parsed).slice(0, 300)}`,
    );
  }
  return parsed.data;
}

/** Runs `call(i)` n times one after another; returns each duration in ms. */
export async function sequentialLatencies(n, call) {
  const durations = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await call(i);
    durations.push(performance.now() - started);
  }
  return durations;
}

/**
 * `connections` loops issuing `call(i)` back to back for `durationMs` (bounded in time, to this
 * machine only): completed requests per second and errors.
 */
export async function concurrentLoad(connections, durationMs, call) {
  const until = performance.now() + durationMs;
  let done = 0;
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        try {
          await call(next++);
          done++;
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsed = performance.now() - started;
  return { requests: done, errors, perSecond: (done / elapsed) * 1000 };
}
