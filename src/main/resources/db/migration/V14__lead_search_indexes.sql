-- Indexes that the lead-search benchmark (bench/README.md, "lead-search") found missing at 1,000,000 leads.

-- Conflict detection (BuyerMatching.candidates) looks for buyers with a trigram-similar name in one country. With
-- the name alone indexed, the index returned every similar name in the world (about 25,000 for "karimov cotton"),
-- each read and rechecked before the country filter dropped all but a few hundred: 80–130 ms per lookup, and a new
-- lead runs two. With the country in the same GIN index (btree_gin), the index intersects both: 4–18 ms.
-- A multicolumn GIN index also serves conditions on the name alone, so the name-only index goes.
create extension if not exists btree_gin;
create index buyer_country_name_trgm on buyer using gin (country, normalised_name gin_trgm_ops);
drop index buyer_name_trgm;

-- The lead list's text filter (LeadRepository.search) is "normalised_name like '%q%' or city ilike '%q%'". With only
-- the name indexed, the OR could use no index at all, and PostgreSQL filtered every lead of the country (60,000–
-- 94,000 rows per search). With the city indexed too, both sides of the OR come from trigram indexes and are
-- intersected with the country's index: about half the time per search.
create index lead_city_trgm on lead using gin (city gin_trgm_ops);
