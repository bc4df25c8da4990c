-- 006: coverage aggregates (src/server/coverage). Kept up to date in the push transaction.
--
-- The unit of upkeep is the household: every record hangs under one (residents, their doses
-- and isoman episodes, visits). coverage_households holds each household's contribution to the
-- counts of its RT, computed with the shared computeCoverage; coverage_rt is the sum of those
-- rows per RT, changed by the difference whenever a household's contribution changes; RW,
-- kelurahan, kecamatan and city are sums of RT rows. coverage_days holds, per RW and day, the
-- change of each count on that day (the trend is their running sum) and the visits and new
-- isoman episodes dated that day (the weekly report).
--
-- The count columns are the same in the three tables, in the order of COUNT_COLUMNS
-- (src/server/coverage/counts.ts). Household ids are unique across kelurahan, and a household
-- may move to another kelurahan, so the key is the id alone; kelurahan_code is still carried.

CREATE TABLE coverage_households (
  id uuid PRIMARY KEY,
  kelurahan_code text NOT NULL,
  rw smallint NOT NULL,
  rt smallint NOT NULL,
  households integer NOT NULL,
  households_visited integer NOT NULL,
  residents integer NOT NULL,
  eligible integer NOT NULL,
  dosis1 integer NOT NULL,
  lengkap integer NOT NULL,
  booster integer NOT NULL,
  active_isoman integer NOT NULL,
  family_clusters integer NOT NULL,
  r_menolak integer NOT NULL,
  r_takut_kipi integer NOT NULL,
  r_komorbid integer NOT NULL,
  r_hamil integer NOT NULL,
  r_belum_cukup_umur integer NOT NULL,
  r_baru_sembuh_covid integer NOT NULL,
  r_tidak_di_tempat integer NOT NULL,
  r_lainnya integer NOT NULL,
  r_tanpa_alasan integer NOT NULL,
  -- How the household shows on the map (HouseholdMapStatus).
  map_status text NOT NULL,
  -- Visits by day ({"2026-11-20": 2}) and new isoman episodes by start day, for coverage_days.
  visit_days jsonb NOT NULL,
  isoman_days jsonb NOT NULL
);
CREATE INDEX coverage_households_area ON coverage_households (kelurahan_code, rw, rt);

CREATE TABLE coverage_rt (
  kelurahan_code text NOT NULL,
  rw smallint NOT NULL,
  rt smallint NOT NULL,
  households integer NOT NULL DEFAULT 0,
  households_visited integer NOT NULL DEFAULT 0,
  residents integer NOT NULL DEFAULT 0,
  eligible integer NOT NULL DEFAULT 0,
  dosis1 integer NOT NULL DEFAULT 0,
  lengkap integer NOT NULL DEFAULT 0,
  booster integer NOT NULL DEFAULT 0,
  active_isoman integer NOT NULL DEFAULT 0,
  family_clusters integer NOT NULL DEFAULT 0,
  r_menolak integer NOT NULL DEFAULT 0,
  r_takut_kipi integer NOT NULL DEFAULT 0,
  r_komorbid integer NOT NULL DEFAULT 0,
  r_hamil integer NOT NULL DEFAULT 0,
  r_belum_cukup_umur integer NOT NULL DEFAULT 0,
  r_baru_sembuh_covid integer NOT NULL DEFAULT 0,
  r_tidak_di_tempat integer NOT NULL DEFAULT 0,
  r_lainnya integer NOT NULL DEFAULT 0,
  r_tanpa_alasan integer NOT NULL DEFAULT 0,
  PRIMARY KEY (kelurahan_code, rw, rt)
);

CREATE TABLE coverage_days (
  kelurahan_code text NOT NULL,
  rw smallint NOT NULL,
  day date NOT NULL,
  households integer NOT NULL DEFAULT 0,
  households_visited integer NOT NULL DEFAULT 0,
  residents integer NOT NULL DEFAULT 0,
  eligible integer NOT NULL DEFAULT 0,
  dosis1 integer NOT NULL DEFAULT 0,
  lengkap integer NOT NULL DEFAULT 0,
  booster integer NOT NULL DEFAULT 0,
  active_isoman integer NOT NULL DEFAULT 0,
  family_clusters integer NOT NULL DEFAULT 0,
  r_menolak integer NOT NULL DEFAULT 0,
  r_takut_kipi integer NOT NULL DEFAULT 0,
  r_komorbid integer NOT NULL DEFAULT 0,
  r_hamil integer NOT NULL DEFAULT 0,
  r_belum_cukup_umur integer NOT NULL DEFAULT 0,
  r_baru_sembuh_covid integer NOT NULL DEFAULT 0,
  r_tidak_di_tempat integer NOT NULL DEFAULT 0,
  r_lainnya integer NOT NULL DEFAULT 0,
  r_tanpa_alasan integer NOT NULL DEFAULT 0,
  visits integer NOT NULL DEFAULT 0,
  new_isoman integer NOT NULL DEFAULT 0,
  PRIMARY KEY (kelurahan_code, rw, day)
);
CREATE INDEX coverage_days_day ON coverage_days (day);
-- The few rows where a count changed (most rows only date visits and isoman): the trend's.
-- Queries repeat this condition (COUNTS_CHANGED in src/server/coverage/queries.ts) to use it.
CREATE INDEX coverage_days_counts ON coverage_days (day)
  WHERE households <> 0 OR households_visited <> 0 OR residents <> 0 OR eligible <> 0
    OR dosis1 <> 0 OR lengkap <> 0 OR booster <> 0 OR active_isoman <> 0;

-- When the age-based eligibility was last brought to a day (it changes as children grow).
CREATE TABLE coverage_state (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  eligibility_on date
);

-- A household's records, read back whole whenever one of them changes.
CREATE INDEX doses_household ON doses (kelurahan_code, household_id);
CREATE INDEX isoman_household ON isoman (kelurahan_code, household_id);
CREATE INDEX visits_household ON visits (kelurahan_code, household_id);
