package io.opendoms.gateway;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Asks a running gateway for tokens, as a client of the API contract would. */
record TokenClient(URI gateway) {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** client_secret_basic; {@code scope} may be null. */
    HttpResponse<String> request(String clientId, String secret, String scope) throws Exception {
        String credentials = Base64.getEncoder().encodeToString(
                (encode(clientId) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(gateway.resolve("/oauth2/token"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form(scope)))
                .build(), BodyHandlers.ofString());
    }

    HttpResponse<String> requestWithSecretInBody(String clientId, String secret) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(gateway.resolve("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form(null) + "&client_id=" + encode(clientId)
                        + "&client_secret=" + encode(secret)))
                .build(), BodyHandlers.ofString());
    }

    /** The access token of a successful response. */
    static String accessToken(HttpResponse<String> response) {
        return json(response).path("access_token").asString();
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Verifies the signature against {@code jwksFrom}'s published keys and decodes the claims. */
    static Jwt verify(String token, URI jwksFrom) {
        return NimbusJwtDecoder.withJwkSetUri(jwksFrom.resolve("/oauth2/jwks").toString()).build().decode(token);
    }

    private static String form(String scope) {
        return "grant_type=client_credentials" + (scope == null ? "" : "&scope=" + encode(scope));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
