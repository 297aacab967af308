package io.opendoms.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void namesTheOneInvalidFieldOrCountsTheFields() {
        assertThat(Problems.invalidFields(List.of(new FieldError("sku", "bad"))))
                .isEqualTo("Invalid value for 'sku'.");
        assertThat(Problems.invalidFields(List.of(new FieldError("sku", "bad"), new FieldError("sku", "worse"))))
                .as("two errors of one field").isEqualTo("Invalid value for 'sku'.");
        assertThat(Problems.invalidFields(List.of(new FieldError("sku", "bad"), new FieldError("radiusKm", "bad"))))
                .isEqualTo("The request has 2 invalid fields.");
    }
}
