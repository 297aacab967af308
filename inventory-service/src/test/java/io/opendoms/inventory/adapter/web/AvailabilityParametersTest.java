package io.opendoms.inventory.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.platform.web.BadRequestException;
import io.opendoms.platform.web.FieldError;
import org.junit.jupiter.api.Test;

class AvailabilityParametersTest {

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
        assertThat(fieldsOf(new String[] {"A"}, "<x>", null)).containsExactly("postalCode");
        assertThat(fieldsOf(new String[] {"A"}, "10001 12345678901", null)).as("17 characters")
                .containsExactly("postalCode");
    }

    @Test
    void saysWhatIsWrongInItsDetail() {
        assertThat(detailOf(new String[] {"A"}, null, 5.0)).isEqualTo("radiusKm needs a postalCode");
        assertThat(detailOf(new String[] {"a b"}, null, null)).isEqualTo("Invalid value for 'sku'.");
        assertThat(detailOf(new String[] {"a b"}, "<x>", null)).isEqualTo("The request has 2 invalid fields.");
    }

    private static String detailOf(String[] skus, String postalCode, Double radiusKm) {
        try {
            AvailabilityParameters.check(skus, postalCode, radiusKm);
        } catch (BadRequestException e) {
            return e.detail();
        }
        return null;
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
