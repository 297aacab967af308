package io.opendoms.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Access tokens as the gateway's authorization server issues them (RS256, {@code kid}, {@code iss},
 * {@code sub} = {@code client_id}, space-separated {@code scope}, {@code channel} for channel clients),
 * signed with a key pair made once per JVM. {@code @OpenDomsIntegrationTest} points the resource server at
 * {@link #publicKeyLocation()}.
 */
public final class TestJwt {

    /** Issuer claim; override with {@code -Dopendoms.test.jwt.issuer=...}. */
    public static final String ISSUER = System.getProperty("opendoms.test.jwt.issuer", "http://localhost:8080");

    /** Every scope of the API, as the demo {@code ops} client has them. */
    public static final List<String> OPS_SCOPES = List.of(
            "orders:read", "orders:write", "inventory:read", "inventory:write", "routing:read", "routing:write",
            "fulfillment:read", "fulfillment:write", "returns:read", "returns:write", "ops");

    /** Scopes of the demo channel clients ({@code storefront}, {@code marketplace}). */
    public static final List<String> CHANNEL_SCOPES = List.of(
            "orders:read", "orders:write", "inventory:read", "returns:read", "returns:write");

    private static final Duration DEFAULT_TTL = Duration.ofMinutes(30);
    private static final RSAKey KEY = generate("opendoms-test");
    private static final RSAKey STRANGER = generate("opendoms-test");  // same kid: only the signature differs
    private static volatile Path publicKeyFile;

    /** An ops token: every scope including {@code ops}, no channel. */
    public static String ops() {
        return token("ops", null, OPS_SCOPES, DEFAULT_TTL);
    }

    /** A channel client's token; the client id is the channel name (as for the demo clients). */
    public static String channel(String channel, String... scopes) {
        return token(channel, channel, List.of(scopes), DEFAULT_TTL);
    }

    public static String token(String clientId, String channel, List<String> scopes, Duration ttl) {
        return sign(KEY, clientId, channel, scopes, Instant.now(), ttl);
    }

    /** A channel client's token that expired an hour ago. */
    public static String expired(String channel, String... scopes) {
        Instant issued = Instant.now().minus(Duration.ofHours(2));
        return sign(KEY, channel, channel, List.of(scopes), issued, Duration.ofHours(1));
    }

    /** An ops token that expired an hour ago. */
    public static String expiredOps() {
        return sign(KEY, "ops", null, OPS_SCOPES, Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1));
    }

    /** A well-formed, unexpired token signed by a key the services do not trust. */
    public static String signedByStranger(String channel, String... scopes) {
        return sign(STRANGER, channel, channel, List.of(scopes), Instant.now(), DEFAULT_TTL);
    }

    /** An ops token signed by a key the services do not trust. */
    public static String opsSignedByStranger() {
        return sign(STRANGER, "ops", null, OPS_SCOPES, Instant.now(), DEFAULT_TTL);
    }

    /** The verification key as a PEM {@code PUBLIC KEY}. */
    public static String publicKeyPem() {
        try {
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(KEY.toRSAPublicKey().getEncoded());
            return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Spring resource location ({@code file:...}) of {@link #publicKeyPem()}. */
    public static String publicKeyLocation() {
        Path file = publicKeyFile;
        if (file == null) {
            synchronized (TestJwt.class) {
                file = publicKeyFile;
                if (file == null) {
                    try {
                        file = Files.createTempFile("opendoms-test-jwt-", ".pem");
                        Files.writeString(file, publicKeyPem());
                        file.toFile().deleteOnExit();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    publicKeyFile = file;
                }
            }
        }
        return file.toUri().toString();
    }

    /** The public JWK (e.g. for a JWKS endpoint stub). */
    public static RSAKey publicJwk() {
        return KEY.toPublicJWK();
    }

    private static String sign(RSAKey key, String clientId, String channel, List<String> scopes, Instant issuedAt,
                               Duration ttl) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(clientId)
                .audience(clientId)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(ttl)))
                .claim("client_id", clientId)
                .claim("scope", String.join(" ", scopes));
        if (channel != null) {
            claims.claim("channel", channel);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Scopes as a list, for {@link #token}. */
    public static List<String> scopes(String... scopes) {
        return Arrays.asList(scopes);
    }

    private TestJwt() {
    }
}
