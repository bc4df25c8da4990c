-- 008: the aggregates' upkeep leaves the push transaction. A push queues the households it
-- touched (one row per push and household, in the push's own statement); the server's
-- coverage worker recomputes them after the commit and deletes the rows it handled, in one
-- transaction (src/server/coverage/worker.ts). A row never unique per household: a push that
-- commits while the worker recomputes that household leaves a row of its own behind.
CREATE TABLE coverage_queue (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kelurahan_code text NOT NULL,
  household_id uuid NOT NULL,
  queued_at timestamptz NOT NULL DEFAULT now()
);
