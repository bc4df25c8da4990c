-- 007: follow-ups ("tindak lanjut"), handed out by staff and synced to the volunteers' phones.
-- The same shape as the other field-data tables (001, with the primary key of 003): fields
-- and per-field HLCs as jsonb, the area as columns, txid for pulls, kelurahan_code in the key.
CREATE TABLE followups (LIKE households INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE followups ADD PRIMARY KEY (id, kelurahan_code),
  ADD COLUMN household_id uuid GENERATED ALWAYS AS ((fields ->> 'householdId')::uuid) STORED,
  ADD COLUMN resident_id uuid GENERATED ALWAYS AS ((fields ->> 'residentId')::uuid) STORED;

-- Pulls: a kelurahan, or one RW of it, in (txid, id) order.
CREATE INDEX followups_pull ON followups (kelurahan_code, txid, id);
CREATE INDEX followups_pull_rw ON followups (kelurahan_code, rw, txid, id);
