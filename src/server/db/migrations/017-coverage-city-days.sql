-- 017: the city's trend and its "recorded this week" figures from a few hundred rows.
--
-- - coverage_dated_city: per day, the change of every count of the whole city by the dates in
--   the records (the sum of coverage_dated_kelurahan's rows of that day). The city's trend adds
--   up the 90 days of its window here, on top of the kelurahan tree's sum before it (migration
--   016), instead of 90 × 56 kelurahan day rows.
-- - coverage_recorded_kelurahan: per day and kelurahan, the changes of dosis 1, lengkap and
--   booster that reached the server that day (the sum of coverage_days' rows of its RTs). The
--   city's "recorded this week" reads at most 7 × 56 rows, not every RT's rows of the week.
--
-- Both are moved by the worker in the statement that moves the other sums (store.ts
-- writeStates), in the transaction of the records' upkeep.

-- The count columns of coverage_dated_kelurahan, whose rows of a day it sums.
CREATE TABLE coverage_dated_city (LIKE coverage_dated_kelurahan INCLUDING DEFAULTS);
ALTER TABLE coverage_dated_city DROP COLUMN kelurahan_code, ADD PRIMARY KEY (day);

INSERT INTO coverage_dated_city (day, households, households_visited, residents, eligible,
  dosis1, lengkap, booster, active_isoman, family_clusters, r_menolak, r_takut_kipi, r_komorbid,
  r_hamil, r_belum_cukup_umur, r_baru_sembuh_covid, r_isoman, r_tidak_di_tempat, r_lainnya,
  r_tanpa_alasan)
SELECT day, sum(households), sum(households_visited), sum(residents), sum(eligible),
  sum(dosis1), sum(lengkap), sum(booster), sum(active_isoman), sum(family_clusters),
  sum(r_menolak), sum(r_takut_kipi), sum(r_komorbid), sum(r_hamil), sum(r_belum_cukup_umur),
  sum(r_baru_sembuh_covid), sum(r_isoman), sum(r_tidak_di_tempat), sum(r_lainnya),
  sum(r_tanpa_alasan)
FROM coverage_dated_kelurahan GROUP BY day;

CREATE TABLE coverage_recorded_kelurahan (
  day date NOT NULL,
  kelurahan_code text NOT NULL,
  dosis1 integer NOT NULL DEFAULT 0,
  lengkap integer NOT NULL DEFAULT 0,
  booster integer NOT NULL DEFAULT 0,
  PRIMARY KEY (day, kelurahan_code)
);

INSERT INTO coverage_recorded_kelurahan (day, kelurahan_code, dosis1, lengkap, booster)
SELECT day, kelurahan_code, sum(dosis1), sum(lengkap), sum(booster)
FROM coverage_days GROUP BY day, kelurahan_code
HAVING sum(dosis1) <> 0 OR sum(lengkap) <> 0 OR sum(booster) <> 0;
