-- 003: fewer indexes on the field-data tables, for write speed (every index costs each insert).
-- The primary key leads with id, so it also serves lookups by id (a mutation names a record
-- by id only) and the separate id indexes go; it still holds kelurahan_code, as Citus needs.
-- Doses by resident are found through the kelurahan scan that aggregates make anyway.
ALTER TABLE households DROP CONSTRAINT households_pkey, ADD PRIMARY KEY (id, kelurahan_code);
ALTER TABLE residents DROP CONSTRAINT residents_pkey, ADD PRIMARY KEY (id, kelurahan_code);
ALTER TABLE isoman DROP CONSTRAINT isoman_pkey, ADD PRIMARY KEY (id, kelurahan_code);
ALTER TABLE doses DROP CONSTRAINT doses_pkey, ADD PRIMARY KEY (id, kelurahan_code);
ALTER TABLE visits DROP CONSTRAINT visits_pkey, ADD PRIMARY KEY (id, kelurahan_code);
DROP INDEX households_id, residents_id, isoman_id, doses_id, visits_id, doses_resident;
