package org.exportalliance.portal.firm.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL function in {@code db/snippets/credit_code_valid.sql} says what {@link CreditCode} says, on a
 * PostgreSQL of its own.
 */
class CreditCodeFunctionTest {

    /**
     * Zonky looks through its working directory at every start and opens the lock files it finds there, which
     * releases locks this JVM holds on other instances' data (see platform.db.OwnZonkyDirectory); this one starts in
     * a directory of its own.
     */
    private static final Path WORKING_DIRECTORY = Path.of("target", "embedded-pg-credit-code").toAbsolutePath();

    private static @Nullable EmbeddedPostgres postgres;
    private static @Nullable Connection connection;

    @BeforeAll
    static void start() throws IOException, SQLException {
        String before = System.getProperty("ot.epg.working-dir");
        System.setProperty("ot.epg.working-dir", WORKING_DIRECTORY.toString());
        try {
            postgres = EmbeddedPostgres.builder().start();
        } finally {
            if (before == null) {
                System.clearProperty("ot.epg.working-dir");
            } else {
                System.setProperty("ot.epg.working-dir", before);
            }
        }
        connection = postgres.getPostgresDatabase().getConnection();
        try (InputStream in = CreditCodeFunctionTest.class.getResourceAsStream("/db/snippets/credit_code_valid.sql");
                Statement statement = connection.createStatement()) {
            statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void stop() throws IOException, SQLException {
        if (connection != null) {
            connection.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void the_function_accepts_the_published_example_and_refuses_what_the_java_refuses() throws SQLException {
        assertThat(valid(CreditCodeTest.PUBLISHED)).isTrue();
        for (String code : List.of("91350100M000100Y44", "91350100M000100Y4", "91350100M000100Y430",
                "91350100I000100Y43", "91A50100M000100Y43", "91350100m000100y43", "")) {
            assertThat(valid(code)).as(code).isEqualTo(CreditCode.problem(code).isEmpty()).isFalse();
        }
        assertThat(valid(null)).as("strict: no code, no verdict").isNull();
    }

    @Test
    void the_function_and_the_java_agree_on_random_codes_and_their_variants() throws SQLException {
        Random random = new Random(32100);
        String alphabet = CreditCode.ALPHABET;
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder first17 = new StringBuilder();
            for (int j = 0; j < 17; j++) {
                first17.append(j >= 2 && j < 8
                        ? (char) ('0' + random.nextInt(10))
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String valid = CreditCode.withCheckCharacter(first17.toString());
            int at = random.nextInt(18);
            codes.add(valid);
            codes.add(valid.substring(0, 17) + alphabet.charAt(random.nextInt(alphabet.length())));
            codes.add(valid.substring(0, at) + "IOZSVa 5".charAt(random.nextInt(8)) + valid.substring(at + 1));
        }
        int validSeen = 0;
        for (String code : codes) {
            boolean java = CreditCode.problem(code).isEmpty();
            assertThat(valid(code)).as(code).isEqualTo(java);
            validSeen += java ? 1 : 0;
        }
        assertThat(validSeen).as("a third of the codes and a few more are valid").isGreaterThan(300);
    }

    private static @Nullable Boolean valid(@Nullable String code) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select credit_code_valid(?)")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                boolean value = row.getBoolean(1);
                return row.wasNull() ? null : value;
            }
        }
    }
}
