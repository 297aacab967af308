package io.opendoms.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.platform.security.AccessTokenDecoders;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "opendoms.auth.issuer=https://gateway.opendoms.test",
        "opendoms.auth.demo-clients.enabled=true",
        "opendoms.auth.clients.acme-shop.secret=acme-secret",
        "opendoms.auth.clients.acme-shop.scopes=orders:read,orders:write",
        "opendoms.auth.clients.acme-shop.channel=acme"})
class TokenEndpointIT {

    static final String CHANNEL_SCOPES = "orders:read orders:write inventory:read returns:read returns:write";
    static final String ALL_SCOPES = "orders:read orders:write inventory:read inventory:write returns:read "
            + "returns:write routing:read routing:write fulfillment:read fulfillment:write ops";

    @LocalServerPort
    int port;

    URI gateway;
    TokenClient tokens;

    @BeforeEach
    void client() {
        gateway = URI.create("http://localhost:" + port);
        tokens = new TokenClient(gateway);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            storefront  | storefront-secret  | storefront  | orders:read orders:write inventory:read returns:read returns:write
            marketplace | marketplace-secret | marketplace | orders:read orders:write inventory:read returns:read returns:write
            ops         | ops-secret         | -           | orders:read orders:write inventory:read inventory:write returns:read returns:write routing:read routing:write fulfillment:read fulfillment:write ops
            """)
    void issuesEachDemoClientATokenWithAllItsScopes(String clientId, String secret, String channel, String scopes)
            throws Exception {
        HttpResponse<String> response = tokens.request(clientId, secret, null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = TokenClient.json(response);
        assertThat(body.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asLong()).isBetween(890L, 900L);
        assertThat(words(body.path("scope").asString())).isEqualTo(words(scopes));

        Jwt jwt = TokenClient.verify(TokenClient.accessToken(response), gateway);
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
        assertThat(jwt.getIssuer()).hasToString("https://gateway.opendoms.test");
        assertThat(jwt.getClaimAsString("client_id")).isEqualTo(clientId);
        assertThat(jwt.getSubject()).isEqualTo(clientId);
        assertThat(Set.copyOf(jwt.getClaimAsStringList("scope"))).isEqualTo(words(scopes));
        assertThat(jwt.getClaimAsString("channel")).isEqualTo(channel);
        assertThat(jwt.getAudience()).containsExactly("opendoms-api");
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void issuesTokensForTheOpenDomsApiThatLiveAtMostFifteenMinutes() throws Exception {
        Jwt jwt = TokenClient.verify(TokenClient.accessToken(tokens.request("ops", "ops-secret", null)), gateway);

        assertThat(jwt.getAudience()).containsExactly("opendoms-api");
        assertThat(jwt.getExpiresAt().getEpochSecond() - jwt.getIssuedAt().getEpochSecond()).isLessThanOrEqualTo(900);
    }

    @Test
    void issuesTokensTheServicesAccept() throws Exception {
        OAuth2ResourceServerProperties.Jwt service = new OAuth2ResourceServerProperties.Jwt();
        service.setIssuerUri("https://gateway.opendoms.test");
        service.setJwkSetUri(gateway.resolve("/oauth2/jwks").toString());
        JwtDecoder decoder = AccessTokenDecoders.decoder(service, List.of());

        Jwt jwt = decoder.decode(TokenClient.accessToken(tokens.request("storefront", "storefront-secret", null)));

        assertThat(jwt.getClaimAsString("channel")).isEqualTo("storefront");
    }

    @Test
    void narrowsTheTokenToTheRequestedScopes() throws Exception {
        HttpResponse<String> response = tokens.request("storefront", "storefront-secret", "orders:read returns:read");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(words(TokenClient.json(response).path("scope").asString()))
                .isEqualTo(Set.of("orders:read", "returns:read"));
        assertThat(TokenClient.verify(TokenClient.accessToken(response), gateway).getClaimAsStringList("scope"))
                .containsExactlyInAnyOrder("orders:read", "returns:read");
    }

    @Test
    void refusesAScopeTheClientDoesNotHave() throws Exception {
        HttpResponse<String> response = tokens.request("storefront", "storefront-secret", "orders:read ops");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TokenClient.json(response).path("error").asString()).isEqualTo("invalid_scope");
    }

    @Test
    void refusesABadSecret() throws Exception {
        HttpResponse<String> response = tokens.request("ops", "storefront-secret", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(TokenClient.json(response).path("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void refusesAnUnknownClient() throws Exception {
        assertThat(tokens.request("mallory", "mallory-secret", null).statusCode()).isEqualTo(401);
    }

    @Test
    void acceptsTheSecretInTheFormBody() throws Exception {
        HttpResponse<String> response = tokens.requestWithSecretInBody("marketplace", "marketplace-secret");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TokenClient.verify(TokenClient.accessToken(response), gateway).getClaimAsString("channel"))
                .isEqualTo("marketplace");
    }

    @Test
    void issuesTokensToConfiguredClients() throws Exception {
        HttpResponse<String> response = tokens.request("acme-shop", "acme-secret", null);

        assertThat(response.statusCode()).isEqualTo(200);
        Jwt jwt = TokenClient.verify(TokenClient.accessToken(response), gateway);
        assertThat(jwt.getClaimAsString("channel")).isEqualTo("acme");
        assertThat(jwt.getClaimAsStringList("scope")).containsExactlyInAnyOrder("orders:read", "orders:write");
    }

    @Test
    void publishesOnlyThePublicKey() throws Exception {
        HttpResponse<String> response = TokenClient.HTTP.send(
                HttpRequest.newBuilder(gateway.resolve("/oauth2/jwks")).build(), BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode key = TokenClient.json(response).path("keys").get(0);
        assertThat(key.path("kty").asString()).isEqualTo("RSA");
        assertThat(key.has("n")).isTrue();
        assertThat(key.has("d")).isFalse();
    }

    private static Set<String> words(String scopes) {
        return Set.copyOf(Arrays.asList(scopes.split(" ")));
    }
}
