package io.opendoms.platform.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureHeaderTest {

    private static final String HEX = "abababababababababababababababababababababababababababababababab";
    private static final String HEX2 = "cd".repeat(32);

    @Test
    void parsesTimestampAndSignature() {
        assertThat(SignatureHeader.parse("t=1700000000,v1=" + HEX))
                .contains(new SignatureHeader(1_700_000_000L, List.of(HEX)));
    }

    @Test
    void toleratesWhitespaceOrderAndUnknownSchemes() {
        assertThat(SignatureHeader.parse(" v0=zzz , v1=" + HEX + " ,t=42, v1=" + HEX2.toUpperCase() + ","))
                .contains(new SignatureHeader(42, List.of(HEX, HEX2)));
    }

    @Test
    void skipsMalformedSignaturesWhenAGoodOneIsPresent() {
        assertThat(SignatureHeader.parse("t=1,v1=xyz,v1=" + HEX)).contains(new SignatureHeader(1, List.of(HEX)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "t=1", "v1=" + HEX, "t=abc,v1=" + HEX, "t=-1,v1=" + HEX, "t=1,t=2,v1=" + HEX, "t=1,v1=short",
            "t1v1", "=1,v1=" + HEX, "t=1;v1=" + HEX, "t=9999999999999,v1=" + HEX})
    void rejectsMalformedHeaders(String header) {
        assertThat(SignatureHeader.parse(header)).isEmpty();
    }

    @Test
    void rejectsAbsurdlyLongHeaders() {
        assertThat(SignatureHeader.parse("t=1,v1=" + HEX + ",x=" + "a".repeat(5000))).isEmpty();
    }
}
