-- 009: the access log. Reads of personal data leave a row (UU 27/2022 PDP): the household
-- map, the weekly report, a household's history, the list of users. Who (user and device),
-- when, what, and the area read: `kelurahan_code` (null for a city-wide read, e.g. the admin
-- kota's report of every kelurahan) and `rw` (null for a whole kelurahan). Plain ids, not
-- foreign keys, so the log outlives any change to accounts. Rows are never updated or deleted;
-- the admin kota reads them newest first (src/server/data/access-log.ts).
CREATE TABLE access_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  user_id uuid NOT NULL,
  device_id uuid NOT NULL,
  what text NOT NULL,
  kelurahan_code text,
  rw smallint,
  detail jsonb NOT NULL DEFAULT '{}'
);
