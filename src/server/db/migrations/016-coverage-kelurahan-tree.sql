-- 016: coverage of the city as of any day from 56 short sums (src/server/coverage/dated.ts).
--
-- coverage_dated_kelurahan_tree: the changes of coverage_dated_kelurahan (per kelurahan and
-- day, by the dates in the records) kept per kelurahan as a Fenwick tree over days, as
-- coverage_dated_rw does per RW (node i, day 1 = 2021-01-12, 8,192 days): node i holds the
-- changes of the days (i - lowbit(i), i]. The counts of every kelurahan as of day D are the
-- sum of at most 13 nodes each, so the city as of D reads at most 13 × 56 rows, however long
-- the history and however many RWs. The worker moves it in the statement that moves the other
-- dated sums (store.ts writeStates), so it changes only when records do: a dose recorded
-- today with an August date moves the 13 nodes above its August day; a voided one takes them
-- back. Keyed by node first: the nodes of one day are 13 runs of 56 neighbouring rows.

-- The count columns of coverage_dated_kelurahan (the same changes), keyed by node for day.
CREATE TABLE coverage_dated_kelurahan_tree (LIKE coverage_dated_kelurahan INCLUDING DEFAULTS);
ALTER TABLE coverage_dated_kelurahan_tree
  DROP COLUMN day,
  ADD COLUMN node integer NOT NULL,
  ADD PRIMARY KEY (node, kelurahan_code);

-- Filled from the day rows already there: a day of index i (clamped to 1..8192) moves, for
-- each level b = 0..13, the node ceil(i / 2^b) · 2^b when that is an odd multiple of 2^b
-- (lowbit exactly 2^b), the same nodes as nodesToUpdate in dated.ts.
INSERT INTO coverage_dated_kelurahan_tree (node, kelurahan_code, households, households_visited,
  residents, eligible, dosis1, lengkap, booster, active_isoman, family_clusters, r_menolak,
  r_takut_kipi, r_komorbid, r_hamil, r_belum_cukup_umur, r_baru_sembuh_covid, r_isoman,
  r_tidak_di_tempat, r_lainnya, r_tanpa_alasan)
SELECT n.node, k.kelurahan_code, sum(households), sum(households_visited), sum(residents),
  sum(eligible), sum(dosis1), sum(lengkap), sum(booster), sum(active_isoman),
  sum(family_clusters), sum(r_menolak), sum(r_takut_kipi), sum(r_komorbid), sum(r_hamil),
  sum(r_belum_cukup_umur), sum(r_baru_sembuh_covid), sum(r_isoman), sum(r_tidak_di_tempat),
  sum(r_lainnya), sum(r_tanpa_alasan)
FROM coverage_dated_kelurahan k
CROSS JOIN LATERAL (SELECT LEAST(8192, GREATEST(1, (k.day - DATE '2021-01-12') + 1)) AS i) d
CROSS JOIN LATERAL (
  SELECT (((d.i - 1) >> b) + 1) << b AS node, b FROM generate_series(0, 13) AS b
) n
WHERE ((n.node >> n.b) & 1) = 1 AND n.node <= 8192
GROUP BY n.node, k.kelurahan_code;
