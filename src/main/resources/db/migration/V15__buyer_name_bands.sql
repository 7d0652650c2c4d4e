-- Locality-sensitive keys of each buyer's name, so that an import finds the known buyers a row may be the same
-- company as without one trigram probe per row: such a probe reads the posting lists of all the name's trigrams
-- across all buyers, about 3 ms against a million leads, most of a 10,000-row import's time (docs/leads.md, "Commit").
--
-- MinHash over the name's trigrams (pg_trgm's show_trgm: the very sets similarity() compares): 100 seeded 64-bit
-- hashes, the smallest of each over the trigrams, in 20 bands of 5; a band's key is a hash of the country, the band's
-- number and its 5 minimums. Two names share one band's key with probability s^5 for a similarity s, so at least one
-- of the 20 with 1 - (1 - s^5)^20: 0.99964 at 0.8 (the same-buyer threshold), 0.999992 at 0.85, 0.19 at 0.4,
-- 0.006 at 0.2. The keys only propose candidates: the import keeps those whose similarity() reaches the threshold.
--
-- show_trgm is named with pg_trgm's schema, so that the function works on any search path (a restore runs with an
-- empty one); "set search_path" on the function would do it too, but made every call twice as slow (measured).
do $migration$
begin
    execute format($function$
        create function buyer_name_bands(country text, name text) returns bigint[]
            language sql immutable strict parallel safe
        as $$
            -- A min() per seed over the name's trigrams, as a subquery: twice as fast as a grouped seed × trigram
            -- join, and a filter on the outer query (rather than the aggregate's) made it twice as slow (measured).
            select coalesce(array_agg(hashtextextended(country || ':' || band || ':' || minimums, 0) order by band)
                                filter (where minimums is not null), '{}')
            from (select band, string_agg(minimum::text, ',' order by seed) as minimums
                  from (select seed, (seed - 1) / 5 as band,
                               (select min(hashtextextended(t, seed)) from unnest(%s.show_trgm(name)) t) as minimum
                        from generate_series(1, 100) seed) s
                  group by band) b
        $$$function$, (select extnamespace::regnamespace::text from pg_extension where extname = 'pg_trgm'));
end
$migration$;

alter table buyer add column name_bands bigint[] not null
    generated always as (buyer_name_bands(country, normalised_name)) stored;

-- GIN's pending list stays on (the default): an import's 10,000 new buyers go in at once, and the next import merges
-- the list before it probes (ImportMatchRepository.mergePendingBuyerNames). Without it each buyer's 20 keys went into
-- the index one by one: 7 s for an import's buyers against a million (measured).
create index buyer_name_bands on buyer using gin (name_bands);
