package io.opendoms.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendoms.gateway.config.AuthProperties;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

class RegisteredClientsTest {

    @Test
    void hasNoClientsByDefault() {
        assertThat(RegisteredClients.from(properties(false, Map.of()))).isEmpty();
    }

    @Test
    void registersTheDemoClientsOfTheApiContractWhenEnabled() {
        List<RegisteredClient> clients = RegisteredClients.from(properties(true, Map.of()));

        assertThat(clients).extracting(RegisteredClient::getClientId)
                .containsExactlyInAnyOrder("storefront", "marketplace", "ops");
        assertThat(client(clients, "storefront").getScopes()).containsExactlyInAnyOrder(
                "orders:read", "orders:write", "inventory:read", "returns:read", "returns:write");
        assertThat(client(clients, "marketplace").getScopes())
                .isEqualTo(client(clients, "storefront").getScopes());
        assertThat(client(clients, "ops").getScopes()).containsExactlyInAnyOrder(
                "orders:read", "orders:write", "inventory:read", "inventory:write", "returns:read", "returns:write",
                "routing:read", "routing:write", "fulfillment:read", "fulfillment:write", "ops");
        assertThat(channel(client(clients, "storefront"))).isEqualTo("storefront");
        assertThat(channel(client(clients, "marketplace"))).isEqualTo("marketplace");
        assertThat(channel(client(clients, "ops"))).isNull();
        assertThat(client(clients, "ops").getClientSecret()).isEqualTo("{noop}ops-secret");
    }

    @Test
    void registersConfiguredClientsForClientCredentialsOnly() {
        RegisteredClient partner = client(RegisteredClients.from(properties(false, Map.of("partner",
                new AuthProperties.Client("{bcrypt}$2a$10$abc", Set.of("inventory:read"), "partner-shop")))), "partner");

        assertThat(partner.getClientSecret()).isEqualTo("{bcrypt}$2a$10$abc");
        assertThat(partner.getScopes()).containsExactly("inventory:read");
        assertThat(channel(partner)).isEqualTo("partner-shop");
        assertThat(partner.getAuthorizationGrantTypes()).containsExactly(AuthorizationGrantType.CLIENT_CREDENTIALS);
        assertThat(partner.getClientAuthenticationMethods()).containsExactlyInAnyOrder(
                ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST);
        assertThat(partner.getTokenSettings().getAccessTokenTimeToLive()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void letsConfigurationReplaceADemoClient() {
        List<RegisteredClient> clients = RegisteredClients.from(properties(true, Map.of("ops",
                new AuthProperties.Client("rotated", Set.of("ops"), null))));

        assertThat(clients).hasSize(3);
        assertThat(client(clients, "ops").getClientSecret()).isEqualTo("{noop}rotated");
        assertThat(client(clients, "ops").getScopes()).containsExactly("ops");
    }

    @Test
    void namesTheMissingPropertyOfAnIncompleteClient() {
        assertThatThrownBy(() -> RegisteredClients.from(properties(false, Map.of("partner",
                new AuthProperties.Client("secret", Set.of(), null)))))
                .hasMessage("opendoms.auth.clients.partner.scopes is missing");
        assertThatThrownBy(() -> RegisteredClients.from(properties(false, Map.of("partner",
                new AuthProperties.Client(" ", Set.of("ops"), null)))))
                .hasMessage("opendoms.auth.clients.partner.secret is missing");
    }

    private static AuthProperties properties(boolean demo, Map<String, AuthProperties.Client> clients) {
        return new AuthProperties("http://localhost:8080", "opendoms-api", Duration.ofMinutes(10), null,
                new AuthProperties.DemoClients(demo), clients);
    }

    private static RegisteredClient client(List<RegisteredClient> clients, String clientId) {
        return clients.stream().filter(c -> c.getClientId().equals(clientId)).findFirst().orElseThrow();
    }

    private static String channel(RegisteredClient client) {
        return client.getClientSettings().getSetting(RegisteredClients.CHANNEL_SETTING);
    }
}
