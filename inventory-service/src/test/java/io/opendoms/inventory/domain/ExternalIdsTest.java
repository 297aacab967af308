package io.opendoms.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ExternalIdsTest {

    private static final String ALPHABET = "aZ09._- /%\u00e9\u0663\u0130\u212a\n\u0000";

    /** The loop answers what the documented pattern answers, over random strings. */
    @Test
    void acceptsExactlyWhatThePatternMatches() {
        Pattern pattern = Pattern.compile(ExternalIds.PATTERN);
        Random random = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int n = random.nextInt(i % 10 == 0 ? 70 : 18); n > 0; n--) {
                value.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x3000)
                        : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = value.toString();
            assertThat(ExternalIds.isValid(text)).as("id %s", text).isEqualTo(pattern.matcher(text).matches());
        }
        assertThat(ExternalIds.isValid("A".repeat(64))).isTrue();
        assertThat(ExternalIds.isValid("A".repeat(65))).isFalse();
        assertThat(ExternalIds.isValid(null)).isFalse();
    }

    @Test
    void requireRefusesWhatIsNotAnId() {
        assertThat(ExternalIds.require("SKU-1.a_b", "sku")).isEqualTo("SKU-1.a_b");
        assertThatThrownBy(() -> ExternalIds.require("a b", "sku")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sku must match");
        assertThatThrownBy(() -> ExternalIds.require(null, "sku")).isInstanceOf(IllegalArgumentException.class);
    }
}
