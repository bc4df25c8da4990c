/** scripts/test-postgres.mjs: a PostgreSQL for tests and benchmarks, or null when none can run. */
export function startTestPostgres(): Promise<{ url: string; stop: () => Promise<void> } | null>;
