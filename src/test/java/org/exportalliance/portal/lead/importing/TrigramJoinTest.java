package org.exportalliance.portal.lead.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.exportalliance.portal.lead.importing.TrigramJoin.Named;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * {@link TrigramJoin} finds exactly the pairs PostgreSQL's {@code similarity(a, b) >= t} finds, on names built like
 * the ones members import: shared trade words, legal forms, typos, accents and Chinese characters (pg_trgm hashes
 * multi-byte trigrams), in a few countries, at both thresholds the import uses.
 */
@PortalTest
class TrigramJoinTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String[] WORDS = {"textile", "tessitura", "spinning", "mills", "filatura", "denim",
        "rossi", "bianchi", "ahmed", "nguyen", "yilmaz", "tekstil", "sanayi", "bursa", "prato", "dhaka", "müller",
        "garn", "纺织", "棉纺", "有限", "exports", "fabrics", "knit", "co", "a"};
    private static final String[] COUNTRIES = {"IT", "TR", "VN"};

    @Autowired DatabaseClient db;

    @Test
    void finds_exactly_the_pairs_that_postgresql_similarity_finds() {
        Random random = new Random(20261128);
        List<String> names = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            String name;
            if (i > 0 && random.nextInt(3) == 0) {
                name = variant(names.get(random.nextInt(i)), random);
            } else {
                int words = 1 + random.nextInt(3);
                StringBuilder b = new StringBuilder();
                for (int w = 0; w < words; w++) {
                    b.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                }
                name = b.toString();
            }
            names.add(name);
            countries.add(COUNTRIES[random.nextInt(COUNTRIES.length)]);
        }
        List<Named<Integer>> named = trigrams(names, countries);

        for (double threshold : new double[] {0.6, 0.8}) {
            Set<List<Integer>> expected = new HashSet<>(db.sql("""
                            with n as (select * from unnest(cast(:name as text[]), cast(:country as text[]))
                                           with ordinality as n(name, country, idx))
                            select a.idx - 1 as a, b.idx - 1 as b from n a join n b on b.country = a.country
                            where b.idx < a.idx and similarity(a.name, b.name) >= cast(:t as float8)""")
                    .bind("name", names.toArray(String[]::new)).bind("country", countries.toArray(String[]::new))
                    .bind("t", threshold)
                    .map(row -> List.of(row.get("a", Long.class).intValue(), row.get("b", Long.class).intValue()))
                    .all().collectList().block(WAIT));
            Set<List<Integer>> found = new HashSet<>();
            TrigramJoin.pairs(named, named, threshold, (later, earlier) -> earlier < later)
                    .forEach(p -> found.add(List.of(p.left(), p.right())));

            assertThat(expected).as("pairs at %s in PostgreSQL", threshold).hasSizeGreaterThan(50);
            assertThat(found).as("pairs at %s", threshold).isEqualTo(expected);
        }
    }

    @Test
    void scores_as_postgresql_does_and_keeps_countries_apart() {
        List<String> names = List.of("tessitura rossi", "tessitura rossi spa", "tessitura rossi", "tessitura rosso");
        List<Named<Integer>> named = trigrams(names, List.of("IT", "IT", "FR", "IT"));
        float expected = db.sql("select similarity('tessitura rossi', 'tessitura rossi spa') as s")
                .map(row -> row.get("s", Float.class)).one().block(WAIT);

        var pairs = TrigramJoin.pairs(named.subList(0, 1), named.subList(1, 4), 0.6, (a, b) -> true);

        assertThat(pairs).extracting(TrigramJoin.Pair::right).containsExactlyInAnyOrder(1, 3);
        assertThat(pairs.stream().filter(p -> p.right() == 1).findFirst().orElseThrow().score()).isEqualTo(expected);
    }

    @Test
    void a_name_without_trigrams_matches_nothing() {
        List<Named<Integer>> named = trigrams(List.of("&&&", "&&&"), List.of("IT", "IT"));

        assertThat(named.getFirst().trigrams()).isEmpty();
        assertThat(TrigramJoin.pairs(named, named, 0.6, (a, b) -> !a.equals(b))).isEmpty();
    }

    /** The name with a letter dropped, doubled or changed, or a word added: a typo or another legal form. */
    private static String variant(String name, Random random) {
        int at = random.nextInt(name.length());
        return switch (random.nextInt(4)) {
            case 0 -> name.substring(0, at) + name.substring(at + 1);
            case 1 -> name.substring(0, at + 1) + name.charAt(at) + name.substring(at + 1);
            case 2 -> name.substring(0, at) + (char) ('a' + random.nextInt(26)) + name.substring(at + 1);
            default -> name + " " + WORDS[random.nextInt(WORDS.length)];
        };
    }

    private List<Named<Integer>> trigrams(List<String> names, List<String> countries) {
        List<String[]> sets = db.sql("""
                        select show_trgm(n.name) as t
                        from unnest(cast(:name as text[])) with ordinality as n(name, idx) order by n.idx""")
                .bind("name", names.toArray(String[]::new))
                .map(row -> row.get("t", String[].class)).all().collectList().block(WAIT);
        List<Named<Integer>> named = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            named.add(new Named<>(i, countries.get(i), sets.get(i)));
        }
        return named;
    }
}
