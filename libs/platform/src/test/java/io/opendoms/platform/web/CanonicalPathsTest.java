package io.opendoms.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/v1/webhooks/wms", "/api/v1/webhooks/carriers/PARCEL_A",
            "/api/v1/stock/DC-NJ/SKU%20WITH%20SPACE", "/api/v1/items/a%40b", "/api/v1/orders/", "/v3/api-docs",
            "/api/v1/items/a.b", "/api/v1/items/...", "/api/v1/items/a~b_c-d"})
    void acceptsCanonicalPaths(String path) {
        assertThat(CanonicalPaths.violation(path)).as(path).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "api/v1", "/api/v1/webhooks/%77ms", "/api/v1/webhooks/carrier%73/X",
            "/api/v1/webhooks%2Fwms", "/api/v1/webhooks%2fwms", "/api/v1/%2e%2e/x", "/api/v1/%2E/x",
            "/api/v1/webhooks/wms%5C", "/api/v1/webhooks/wms%25", "/api/v1/webhooks/wms%3B", "/api/v1/x%7E",
            "/api/v1/x%5F", "/api/v1/x%2D", "/api/v1/x%30", "/api/v1/x%00", "/api/v1/x%0A", "/api/v1/x%7F",
            "/api/v1/x%C3%A9", "/api/v1/x%", "/api/v1/x%4", "/api/v1/x%zz", "//api", "/api//v1", "/api/./v1",
            "/api/../v1", "/api/v1/..", "/api/v1/.", "/api/v1;jsessionid=1", "/api\\v1", "/api/v1/\u00e9",
            "/api/v1/a b", "/api/v1/\t", "/api/v1/\u007f"})
    void refusesAmbiguousPaths(String path) {
        assertThat(CanonicalPaths.violation(path)).as(path).isPresent();
    }
}
