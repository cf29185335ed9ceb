/** Tests that touch data run against a real PostgreSQL server named by DATABASE_URL. */
export function requireDatabaseUrl(): string {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Integration and e2e tests need PostgreSQL, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test (see README).',
    );
  }
  return url;
}
