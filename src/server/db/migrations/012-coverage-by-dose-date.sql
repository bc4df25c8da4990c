-- 012: coverage as of any day, counted by the date of vaccination (src/server/coverage/dated.ts).
--
-- Each household's contribution is also kept as changes by the day they happen in the records
-- (a dose's date, the day a child becomes old enough, a visit's day, an isoman episode's start
-- and outcome dates): coverage_households.dated, sparse ({"2021-08-10": {"5": 1}}: column
-- index in COUNT_COLUMNS order, change). The worker moves two sums of them by the difference:
--
-- - coverage_dated_rt: per RT and day, the change of every count that day. Coverage of an RT
--   as of day D is the sum of its rows with day <= D (a few hundred rows per RT).
-- - coverage_dated_kelurahan: per kelurahan and day, for the trend (below).
-- - coverage_dated_rw: the same per RW, as a Fenwick tree over days (node i, from day 1 = the
--   eve of the programme): coverage of the RWs as of D is the sum of at most 13 nodes each,
--   so the city as of any day adds up about 13 rows per RW, however long the history.
--
-- coverage_days gains the RT (what reached the server on a day, the "recorded" figures, per
-- RT); its rows from before this migration keep rt 0, an RT not known.

ALTER TABLE coverage_households ADD COLUMN dated jsonb NOT NULL DEFAULT '{}';

CREATE TABLE coverage_dated_rt (
  kelurahan_code text NOT NULL,
  rw smallint NOT NULL,
  rt smallint NOT NULL,
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
  PRIMARY KEY (kelurahan_code, rw, rt, day)
);

CREATE TABLE coverage_dated_rw (
  kelurahan_code text NOT NULL,
  rw smallint NOT NULL,
  node integer NOT NULL,
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
  PRIMARY KEY (kelurahan_code, node, rw)
);
CREATE INDEX coverage_dated_rw_node ON coverage_dated_rw (node);

-- The same changes per kelurahan and day: the trend of the city and of a kelurahan adds up
-- the days of its window here (56 rows a day for the city) on top of the tree's sum before it.
CREATE TABLE coverage_dated_kelurahan (
  kelurahan_code text NOT NULL,
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
  PRIMARY KEY (kelurahan_code, day)
);
CREATE INDEX coverage_dated_kelurahan_day ON coverage_dated_kelurahan (day);

ALTER TABLE coverage_days ADD COLUMN rt smallint NOT NULL DEFAULT 0;
ALTER TABLE coverage_days DROP CONSTRAINT coverage_days_pkey;
ALTER TABLE coverage_days ADD PRIMARY KEY (kelurahan_code, rw, rt, day);

-- The next start rebuilds every kelurahan (updateCoverage), which fills the dated sums.
UPDATE coverage_state SET eligibility_on = NULL;
