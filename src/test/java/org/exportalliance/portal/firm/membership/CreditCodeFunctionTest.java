package org.exportalliance.portal.firm.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.exportalliance.portal.support.PortalTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The database's {@code credit_code_valid} (migration V21, behind the check constraint on {@code firm.credit_code})
 * says what {@link CreditCode} says.
 */
@PortalTest
class CreditCodeFunctionTest {

    @Autowired DatabaseClient db;

    @Test
    void the_function_accepts_the_published_example_and_refuses_what_the_java_refuses() {
        assertThat(valid(CreditCodeTest.PUBLISHED)).isTrue();
        for (String code : List.of("91350100M000100Y44", "91350100M000100Y4", "91350100M000100Y430",
                "91350100I000100Y43", "91A50100M000100Y43", "91350100m000100y43", "")) {
            assertThat(valid(code)).as(code).isEqualTo(CreditCode.problem(code).isEmpty()).isFalse();
        }
        assertThat(valid(null)).as("strict: no code, no verdict").isNull();
    }

    @Test
    void the_function_and_the_java_agree_on_random_codes_and_their_variants() {
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

    private @Nullable Boolean valid(@Nullable String code) {
        DatabaseClient.GenericExecuteSpec query = db.sql("select credit_code_valid(:code) as valid");
        query = code == null ? query.bindNull("code", String.class) : query.bind("code", code);
        return query.map(row -> java.util.Optional.ofNullable(row.get("valid", Boolean.class))).one()
                .block(Duration.ofSeconds(10)).orElse(null);
    }
}
