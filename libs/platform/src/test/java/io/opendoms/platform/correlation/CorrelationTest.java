package io.opendoms.platform.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorrelationTest {

    @Test
    void acceptsOnlyShortSafeIds() {
        assertThat(Correlation.isValid("abc-123_X.y")).isTrue();
        assertThat(Correlation.isValid("a".repeat(64))).isTrue();
        assertThat(Correlation.isValid("a".repeat(65))).isFalse();
        assertThat(Correlation.isValid("")).isFalse();
        assertThat(Correlation.isValid(null)).isFalse();
        assertThat(Correlation.isValid("a b")).isFalse();
        assertThat(Correlation.isValid("a\nb")).isFalse();
        assertThat(Correlation.isValid("ä")).isFalse();
    }

    @Test
    void withSetsAndRestoresTheId() {
        Correlation.with("outer", () -> {
            assertThat(Correlation.current()).isEqualTo("outer");
            Correlation.with("inner", () -> assertThat(Correlation.current()).isEqualTo("inner"));
            assertThat(Correlation.current()).isEqualTo("outer");
        });
        assertThat(Correlation.current()).isNull();
    }

    @Test
    void currentOrNewMakesAnIdOnlyWhenThereIsNone() {
        assertThat(Correlation.currentOrNew()).hasSize(36);
        assertThat(Correlation.call("x", Correlation::currentOrNew)).isEqualTo("x");
    }
}
