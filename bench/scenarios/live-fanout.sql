-- live-fanout: what one live event of the fair topic costs an instance's database: the catalogue view's first page
-- (upcoming, not cancelled, by start date, 50 rows) as FairRepository.search builds it. Every open catalogue on the
-- instance shares this one read per event (FairService keeps the page until the next event), so this is the anchor
-- for a single change, whatever the number of sessions. current_date stands for the portal's "today" parameter.
\set lim 50
\set off 0
select id, name_zh, name_en, city, country, venue, start_date, end_date, sectors, website, status, cancel_reason, version, updated_at from fair where true and end_date >= current_date and status = 'SCHEDULED' order by start_date asc, id asc limit :lim offset :off;
