-- 011: what several server processes on one database must share (issue 13).
--
-- Rate limits: one fixed-window counter per scope and key (an address, a code, '*' for
-- everyone), bumped by one atomic upsert, so every process counts into the same window
-- (src/server/auth/rate-limit.ts). Times are epoch milliseconds of the process that opened
-- the window. UNLOGGED: no WAL for a hot, throw-away counter; a crash of the database empties
-- it, as a restart of the server used to. Expired windows are swept by `reset_at`. No
-- kelurahan_code: the counts are city-wide, like device_tokens.
CREATE UNLOGGED TABLE rate_counts (
  scope text NOT NULL,
  key text NOT NULL,
  count integer NOT NULL,
  reset_at bigint NOT NULL,
  PRIMARY KEY (scope, key)
);
CREATE INDEX rate_counts_reset_at ON rate_counts (reset_at);

-- The daily rebuild, run by one process per day: the process that claims `rebuild_on` (a day
-- not done yet) runs it and beats `rebuild_beat` after each kelurahan; another process takes
-- the day over only if the beat stops (src/server/coverage/upkeep.ts).
ALTER TABLE coverage_state ADD COLUMN rebuild_on date, ADD COLUMN rebuild_beat timestamptz;
