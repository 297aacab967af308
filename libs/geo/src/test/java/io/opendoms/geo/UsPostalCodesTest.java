package io.opendoms.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UsPostalCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"10001", "10001-1234", "100011234", " 10001 ", "\t10001-1234\n", "  100010000"})
    void readsTheFiveDigitsOfAZipCodeOrZipPlusFour(String postalCode) {
        assertThat(UsPostalCodes.zip5(postalCode)).contains("10001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"02108", "00501"})
    void keepsLeadingZeros(String postalCode) {
        assertThat(UsPostalCodes.zip5(postalCode)).contains(postalCode);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "1000", "100010", "10001-", "10001-123", "10001-12345", "10001 1234", "10001--1234",
            "1000A", "ABCDE", "+1000", "-1000", "1 0001", "10001-ABCD", "1000112345", "١٠٠٠١", "SW1A 1AA"})
    void refusesEverythingElse(String postalCode) {
        assertThat(UsPostalCodes.zip5(postalCode)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"US", "us", "Us", "USA", "usa", "  "})
    void takesUsUsaOrNoCountryForTheUnitedStates(String country) {
        assertThat(UsPostalCodes.isUnitedStates(country)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CA", "GB", "MX", "U", "USAA", " US", "United States"})
    void takesNothingElseForTheUnitedStates(String country) {
        assertThat(UsPostalCodes.isUnitedStates(country)).isFalse();
    }
}
