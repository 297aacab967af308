package io.opendoms.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RawQueryProxyExchangeTest {

    /** Found by the fuzzer: a query Tomcat lets through made the proxy answer 500. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "email='%20OR%201=1|email='%20OR%201=1",
            "a=b=c&d=%40|a=b=c&d=%40",
            "q=%zz|q=%25zz",
            "q=100%|q=100%25",
            "q=\"x\"|q=%22x%22",
            "q=a{b}|q=a%7Bb%7D",
            "q=é|q=%C3%A9",
            "email=ada@example.com&sku=SKU-1&sku=SKU-2|email=ada@example.com&sku=SKU-1&sku=SKU-2"})
    void keepsWhatWasEncodedAndEncodesOnlyWhatAUriCannotHold(String raw, String expected) {
        String query = RawQueryProxyExchange.legalQuery(raw);

        assertThat(query).isEqualTo(expected);
        assertThat(URI.create("http://localhost:8081/api/v1/orders?" + query).getRawQuery()).isEqualTo(expected);
    }
}
