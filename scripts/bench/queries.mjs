// Public queries over HTTP (GraphQL) against the same SELECT on release_cell through `pg`.
import pg from 'pg';
import { concurrentLoad, graphql, sequentialLatencies } from './http.mjs';
import { latencySummary } from './stats.mjs';

const SERIES = `query Series($metric: String!, $scope: String!, $dimension: String, $dimensionValue: String, $releaseId: ID) {
  series(metric: $metric, scope: $scope, dimension: $dimension, dimensionValue: $dimensionValue, releaseId: $releaseId) { period value suppression flags }
}`;
const BREAKDOWN = `query Breakdown($metric: String!, $dimension: String!, $period: String!, $scope: String!, $releaseId: ID) {
  breakdown(metric: $metric, dimension: $dimension, period: $period, scope: $scope, releaseId: $releaseId) { value count suppression }
}`;
const SERIES_SQL = `SELECT period, value, suppression FROM release_cell
  WHERE release_id = $1 AND metric = $2 AND scope = $3 AND dimension = $4 AND dimension_value = $5
  ORDER BY period`;
const BREAKDOWN_SQL = `SELECT dimension_value, value, suppression FROM release_cell
  WHERE release_id = $1 AND metric = $2 AND dimension = $3 AND period = $4 AND scope = $5
  ORDER BY dimension_value`;

/** Distinct queries of the release: one series per hosting country, one breakdown per period. */
async function queryPools(client, releaseId) {
  const metric = 'hotline.urls.csam';
  const values = await client.query(
    `SELECT DISTINCT dimension_value FROM release_cell WHERE release_id = $1 AND metric = $2 AND scope = 'network' AND dimension = 'hosting_country' ORDER BY 1`,
    [releaseId, metric],
  );
  const periods = await client.query(
    `SELECT DISTINCT period FROM release_cell WHERE release_id = $1 AND metric = $2 ORDER BY 1`,
    [releaseId, metric],
  );
  return {
    series: values.rows.map((r) => ({
      metric,
      scope: 'network',
      dimension: 'hosting_country',
      dimensionValue: r.dimension_value,
      releaseId,
    })),
    breakdowns: periods.rows.map((r) => ({
      metric,
      dimension: 'hosting_country',
      period: r.period,
      scope: 'network',
      releaseId,
    })),
  };
}

/**
 * Each query of the pool once (first answers: nothing cached), then the pool again (repeats: an
 * answer cache may serve them), over HTTP and as plain SQL, after a warm-up on other queries.
 */
async function measurePool(apiUrl, client, pool, document, sql, toParams) {
  const warmUp = pool.slice(-20);
  for (const variables of warmUp) {
    await graphql(apiUrl, document, { ...variables, scope: 'hotlines' }).catch(() => undefined);
    await client.query(sql, toParams({ ...variables, scope: 'hotlines' }));
  }
  const http = (i) => graphql(apiUrl, document, pool[i % pool.length]);
  const plain = (i) => client.query(sql, toParams(pool[i % pool.length]));
  const first = await sequentialLatencies(pool.length, http);
  const repeated = await sequentialLatencies(pool.length, http);
  const sqlFirst = await sequentialLatencies(pool.length, plain);
  const sqlRepeated = await sequentialLatencies(pool.length, plain);
  return {
    first: latencySummary(first),
    repeated: latencySummary(repeated),
    sql: latencySummary([...sqlFirst, ...sqlRepeated]),
  };
}

export async function measureQueries(databaseUrl, apiUrl, releaseId) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const pools = await queryPools(client, releaseId);
    if (pools.series.length === 0)
      throw new Error(`Release ${releaseId} has no hosting_country cells`);
    const series = await measurePool(apiUrl, client, pools.series, SERIES, SERIES_SQL, (v) => [
      v.releaseId,
      v.metric,
      v.scope,
      v.dimension,
      v.dimensionValue,
    ]);
    const breakdown = await measurePool(
      apiUrl,
      client,
      pools.breakdowns,
      BREAKDOWN,
      BREAKDOWN_SQL,
      (v) => [v.releaseId, v.metric, v.dimension, v.period, v.scope],
    );
    const load = await concurrentLoad(50, 5000, (i) =>
      graphql(apiUrl, SERIES, pools.series[i % pools.series.length]),
    );
    return { series, breakdown, load, seriesPoints: 0 };
  } finally {
    await client.end();
  }
}
