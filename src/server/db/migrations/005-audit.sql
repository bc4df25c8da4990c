-- 005: the audit trail. One row per applied change of field data, written by the push that
-- applies it, in the same statement as the record (src/server/data/push-batch.ts): who
-- (user and device), when, and the fields the change touched, before and after. A rejected
-- or replayed mutation writes none. Rows are never updated or deleted.
CREATE TABLE audit (
  kelurahan_code text NOT NULL,
  id bigint GENERATED ALWAYS AS IDENTITY,
  entity text NOT NULL,
  entity_id uuid NOT NULL,
  -- The household the record belongs to (the household itself for a household): a
  -- household's history is read by this column.
  household_id uuid NOT NULL,
  -- The signed-in user (users.id, migration 004); kept as a plain id, not a foreign key, so
  -- the trail outlives any change to accounts.
  user_id uuid,
  device_id uuid NOT NULL,
  mutation_id uuid NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  -- The changed fields before (null for a new record) and after; `deleted` is one of them.
  old jsonb,
  new jsonb NOT NULL,
  PRIMARY KEY (kelurahan_code, id)
);
CREATE INDEX audit_household ON audit (household_id, at DESC, id DESC);
