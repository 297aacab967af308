package io.opendoms.inventory.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendoms.inventory.domain.ExternalIds;
import io.opendoms.platform.web.BadRequestException;
import io.opendoms.platform.web.FieldError;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AvailabilityParametersTest {

    private static final String ALPHABET = "aZ09._- /%\u00e9\u0663\u0130\u212a\n\u0000";

    /** The hand-written checks answer what the documented patterns answer, over random strings. */
    @Test
    void checksWhatTheDocumentedPatternsMatch() {
        Pattern externalId = Pattern.compile(ExternalIds.PATTERN);
        Pattern postalCode = Pattern.compile(AvailabilityParameters.POSTAL_CODE_PATTERN);
        Random random = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int n = random.nextInt(i % 10 == 0 ? 70 : 18); n > 0; n--) {
                value.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x3000)
                        : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = value.toString();
            assertThat(AvailabilityParameters.isExternalId(text)).as("id %s", text)
                    .isEqualTo(externalId.matcher(text).matches());
            assertThat(AvailabilityParameters.isPostalCode(text)).as("postal code %s", text)
                    .isEqualTo(postalCode.matcher(text).matches());
        }
        assertThat(AvailabilityParameters.isExternalId("A".repeat(64))).isTrue();
        assertThat(AvailabilityParameters.isExternalId("A".repeat(65))).isFalse();
    }

    @Test
    void namesEachBadParameter() {
        assertThat(fieldsOf(new String[0], null, null)).containsExactly("sku");
        assertThat(fieldsOf(new String[101], null, null)).containsExactly("sku");
        assertThat(fieldsOf(new String[] {"A", "a b"}, "1000!", 0.0)).containsExactly("sku", "postalCode", "radiusKm");
        assertThat(fieldsOf(new String[] {"A"}, "10001", Double.NaN)).containsExactly("radiusKm");
        assertThat(fieldsOf(new String[] {"A"}, "10001", 20_000.1)).containsExactly("radiusKm");
        assertThat(fieldsOf(new String[] {"A"}, null, 5.0)).containsExactly("radiusKm");
        assertThat(fieldsOf(new String[] {"A", "B-1.x_y"}, "10001-1234", 20_000.0)).isEmpty();
        assertThat(fieldsOf(new String[100], null, null)).as("a hundred SKUs").isEmpty();
    }

    private static String[] fieldsOf(String[] skus, String postalCode, Double radiusKm) {
        for (int i = 0; i < skus.length; i++) {
            skus[i] = skus[i] == null ? "S" + i : skus[i];
        }
        try {
            AvailabilityParameters.check(skus, postalCode, radiusKm);
        } catch (BadRequestException e) {
            return e.errors().stream().map(FieldError::field).distinct().toArray(String[]::new);
        }
        return new String[0];
    }
}
