-- 018: "lengkap dengan bukti", residents complete counting only the doses with a proof (a
-- certificate QR scanned or the vaccination card seen: src/shared/domain/dose-proof.ts), gets
-- its count column in the aggregates, last in COUNT_COLUMNS (src/server/coverage/counts.ts), so
-- the column indexes of the dated changes stored before (coverage_households.dated) stay right.
ALTER TABLE coverage_households ADD COLUMN lengkap_bukti integer NOT NULL DEFAULT 0;
ALTER TABLE coverage_rt ADD COLUMN lengkap_bukti integer NOT NULL DEFAULT 0;
ALTER TABLE coverage_days ADD COLUMN lengkap_bukti integer NOT NULL DEFAULT 0;
ALTER TABLE coverage_dated_rt ADD COLUMN lengkap_bukti integer NOT NULL DEFAULT 0;
ALTER TABLE coverage_dated_rw ADD COLUMN lengkap_bukti integer NOT NULL DEFAULT 0;
ALTER TABLE coverage_dated_kelurahan ADD COLUMN lengkap_bukti integer NOT NULL DEFAULT 0;
ALTER TABLE coverage_dated_kelurahan_tree ADD COLUMN lengkap_bukti integer NOT NULL DEFAULT 0;
ALTER TABLE coverage_dated_city ADD COLUMN lengkap_bukti integer NOT NULL DEFAULT 0;

-- Doses with a proof may have arrived before this migration: the next start rebuilds every
-- kelurahan (updateCoverage), which moves each household's new count into the sums.
UPDATE coverage_state SET eligibility_on = NULL, rebuild_on = NULL;
