-- 002: the synthetic demo data. One row per kelurahan the demo fills; `finished_at` stays
-- null until every record of it is in, so seeding resumes where a crash or a stop left it
-- (the generator is deterministic and rows already there are skipped).
CREATE TABLE demo_seed (
  kelurahan_code text PRIMARY KEY,
  seed integer NOT NULL,
  -- The day the data is "as of": regenerating with the same day gives the same records.
  as_of date NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
