package io.opendoms.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The default: no well-known demo secrets, only configured clients. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "opendoms.auth.clients.partner.secret=partner-secret",
        "opendoms.auth.clients.partner.scopes=inventory:read"})
class DemoClientsDisabledIT {

    @LocalServerPort
    int port;

    @Test
    void refusesTheDemoClients() throws Exception {
        TokenClient tokens = new TokenClient(URI.create("http://localhost:" + port));

        assertThat(tokens.request("storefront", "storefront-secret", null).statusCode()).isEqualTo(401);
        assertThat(tokens.request("marketplace", "marketplace-secret", null).statusCode()).isEqualTo(401);
        assertThat(tokens.request("ops", "ops-secret", null).statusCode()).isEqualTo(401);
    }

    @Test
    void stillServesConfiguredClients() throws Exception {
        TokenClient tokens = new TokenClient(URI.create("http://localhost:" + port));

        assertThat(tokens.request("partner", "partner-secret", null).statusCode()).isEqualTo(200);
    }
}
