-- 001: what sync needs. Devices and their receipts, and the five tables of field data.
--
-- Every field-data table has the same shape: the record's fields and per-field HLCs as jsonb
-- (merged field by field in src/server/sync), the area as columns for filtering, and `txid`,
-- the id of the transaction that last wrote the row, which orders pulls (docs/sync-protocol.md).
-- Every table carries kelurahan_code, the distribution key should the data move to Citus;
-- the field-data tables have it in their primary key for that reason.

CREATE TABLE devices (
  device_id uuid PRIMARY KEY,
  -- The highest sequence number processed; the next push must start at last_seq + 1.
  last_seq bigint NOT NULL DEFAULT 0,
  -- Where the device last wrote; null until it has.
  kelurahan_code text,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_push_at timestamptz
);

-- One row per mutation ever processed, written in the transaction that applied (or rejected)
-- it: a mutation id found here is a duplicate and changes nothing.
CREATE TABLE receipts (
  mutation_id uuid PRIMARY KEY,
  device_id uuid NOT NULL,
  seq bigint NOT NULL,
  entity text NOT NULL,
  entity_id uuid NOT NULL,
  status text NOT NULL CHECK (status IN ('applied', 'rejected')),
  reason text,
  -- The record's kelurahan; null when a rejected mutation named none that could be known.
  kelurahan_code text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE households (
  kelurahan_code text NOT NULL,
  id uuid NOT NULL,
  rw smallint NOT NULL,
  rt smallint NOT NULL,
  fields jsonb NOT NULL,
  hlc jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kelurahan_code, id)
);

CREATE TABLE residents (LIKE households INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE residents ADD PRIMARY KEY (kelurahan_code, id),
  ADD COLUMN household_id uuid GENERATED ALWAYS AS ((fields ->> 'householdId')::uuid) STORED;

CREATE TABLE isoman (LIKE households INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE isoman ADD PRIMARY KEY (kelurahan_code, id),
  ADD COLUMN household_id uuid GENERATED ALWAYS AS ((fields ->> 'householdId')::uuid) STORED,
  ADD COLUMN resident_id uuid GENERATED ALWAYS AS ((fields ->> 'residentId')::uuid) STORED;

CREATE TABLE doses (LIKE households INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE doses ADD PRIMARY KEY (kelurahan_code, id),
  ADD COLUMN household_id uuid GENERATED ALWAYS AS ((fields ->> 'householdId')::uuid) STORED,
  ADD COLUMN resident_id uuid GENERATED ALWAYS AS ((fields ->> 'residentId')::uuid) STORED;

CREATE TABLE visits (LIKE households INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE visits ADD PRIMARY KEY (kelurahan_code, id),
  ADD COLUMN household_id uuid GENERATED ALWAYS AS ((fields ->> 'householdId')::uuid) STORED;

-- A mutation names a record by id only.
CREATE INDEX households_id ON households (id);
CREATE INDEX residents_id ON residents (id);
CREATE INDEX isoman_id ON isoman (id);
CREATE INDEX doses_id ON doses (id);
CREATE INDEX visits_id ON visits (id);

-- Pulls: a kelurahan, or one RW of it, in (txid, id) order.
CREATE INDEX households_pull ON households (kelurahan_code, txid, id);
CREATE INDEX households_pull_rw ON households (kelurahan_code, rw, txid, id);
CREATE INDEX residents_pull ON residents (kelurahan_code, txid, id);
CREATE INDEX residents_pull_rw ON residents (kelurahan_code, rw, txid, id);
CREATE INDEX isoman_pull ON isoman (kelurahan_code, txid, id);
CREATE INDEX isoman_pull_rw ON isoman (kelurahan_code, rw, txid, id);
CREATE INDEX doses_pull ON doses (kelurahan_code, txid, id);
CREATE INDEX doses_pull_rw ON doses (kelurahan_code, rw, txid, id);
CREATE INDEX visits_pull ON visits (kelurahan_code, txid, id);
CREATE INDEX visits_pull_rw ON visits (kelurahan_code, rw, txid, id);

-- The records of a household or resident, for aggregates and reports.
CREATE INDEX residents_household ON residents (kelurahan_code, household_id);
CREATE INDEX doses_resident ON doses (kelurahan_code, resident_id);
