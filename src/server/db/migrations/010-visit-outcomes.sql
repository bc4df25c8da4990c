-- 010: a visit that found nobody home, or that the household refused, no longer makes a
-- household visited (src/shared/domain/visit-outcome.ts). The stored aggregates still count
-- such households; forgetting the day of the last full rebuild makes the next server start
-- rebuild every kelurahan (updateCoverage in src/server/coverage/upkeep.ts).
UPDATE coverage_state SET eligibility_on = NULL;
