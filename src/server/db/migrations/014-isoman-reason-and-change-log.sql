-- 014: the reason `isoman` for not being vaccinated (src/shared/domain/vaccination.ts) gets its
-- count column in the aggregates (src/server/coverage/counts.ts names them), and the
-- kelurahan's change log (data/audit.ts readChangeLog) reads the audit trail newest first,
-- for the whole kelurahan or one person's changes.
ALTER TABLE coverage_households ADD COLUMN r_isoman integer NOT NULL DEFAULT 0;
ALTER TABLE coverage_rt ADD COLUMN r_isoman integer NOT NULL DEFAULT 0;
ALTER TABLE coverage_days ADD COLUMN r_isoman integer NOT NULL DEFAULT 0;
ALTER TABLE coverage_dated_rt ADD COLUMN r_isoman integer NOT NULL DEFAULT 0;
ALTER TABLE coverage_dated_rw ADD COLUMN r_isoman integer NOT NULL DEFAULT 0;
ALTER TABLE coverage_dated_kelurahan ADD COLUMN r_isoman integer NOT NULL DEFAULT 0;

CREATE INDEX audit_user ON audit (kelurahan_code, user_id, id DESC);
