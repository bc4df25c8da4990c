// Provides a PostgreSQL server for the server tests. Returns null when none can be had, so
// the tests then run against PGlite only. Filled in by the server work (issue: sync endpoint).
export async function startTestPostgres() {
  if (process.env.TEST_DATABASE_URL)
    return { url: process.env.TEST_DATABASE_URL, stop: async () => {} };
  return null;
}
