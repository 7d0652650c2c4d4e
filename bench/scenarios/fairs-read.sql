-- fairs-read: the query behind GET /api/v1/fairs?limit=50 (no filter, first page), as built by
-- FairRepository.search: the API asks for one row more than the limit to know whether a next page exists.
-- pgbench runs it with -M prepared, so :lim and :off are bound parameters, as over R2DBC.
\set lim 51
\set off 0
select id, name_zh, name_en, city, country, venue, start_date, end_date, sectors, website, status, cancel_reason, version, updated_at from fair where true order by start_date asc, id asc limit :lim offset :off;
