-- EXPLAIN (ANALYZE, BUFFERS) of the list queries Hibernate issues for GET /api/v1/tickets
-- (same shape as the statements seen in pg_stat_statements; page 0, size 25 + 1).
-- Usage: psql ... -v tier=<id of tier 1> -f bench/explain.sql   (bench/explain.sh wraps it)
\echo '--- tier=1, active (default), oldest first'
explain (analyze, buffers, costs off)
select * from ticket t where t.active = true and t.tier_id = :tier order by t.created_at, t.id
offset 0 rows fetch first 26 rows only;
\echo '--- tier=1, status=open'
explain (analyze, buffers, costs off)
select * from ticket t where t.status in ('OPEN') and t.tier_id = :tier order by t.created_at, t.id
offset 0 rows fetch first 26 rows only;
\echo '--- tier=1, assignee=none (active)'
explain (analyze, buffers, costs off)
select * from ticket t where t.active = true and t.tier_id = :tier and t.assignee_id is null
order by t.created_at, t.id offset 0 rows fetch first 26 rows only;
\echo '--- status=all, oldest first (no filter)'
explain (analyze, buffers, costs off)
select * from ticket t order by t.created_at, t.id offset 0 rows fetch first 26 rows only;
\echo '--- tier=1, active, page 40 (offset 1000)'
explain (analyze, buffers, costs off)
select * from ticket t where t.active = true and t.tier_id = :tier order by t.created_at, t.id
offset 1000 rows fetch first 26 rows only;
\echo '--- tier=1, active, newest first'
explain (analyze, buffers, costs off)
select * from ticket t where t.active = true and t.tier_id = :tier order by t.created_at desc, t.id desc
offset 0 rows fetch first 26 rows only;
\echo '--- get one by number'
explain (analyze, buffers, costs off)
select * from ticket t where t.number = 'TD-500000';
