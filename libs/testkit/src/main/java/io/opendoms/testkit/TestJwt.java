package io.opendoms.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Access tokens as the gateway's authorization server issues them (RS256, {@code kid}, {@code iss},
 * {@code aud} = {@value #AUDIENCE}, {@code sub} = {@code client_id}, space-separated {@code scope},
 * {@code channel} for channel clients), signed with a key pair made once per JVM.
 * {@code @OpenDomsIntegrationTest} points the resource server at {@link #publicKeyLocation()}, {@link #ISSUER}
 * and {@link #AUDIENCE} ({@link #resourceServerProperties()}).
 *
 * <p>Tokens a service must refuse: {@link #expiredOps()}, {@link #opsSignedByStranger()},
 * {@link #opsWithWrongIssuer()}, {@link #opsWithWrongAudience()}, {@link #opsWithoutAudience()},
 * {@link #opsWithoutIssuer()}, {@link #opsUnsigned()} ({@code alg: none}), {@link #opsHs256WithPublicKey()};
 * anything else with {@link #forOps()} / {@link #forChannel}.
 */
public final class TestJwt {

    /** Issuer claim; override with {@code -Dopendoms.test.jwt.issuer=...}. */
    public static final String ISSUER = System.getProperty("opendoms.test.jwt.issuer", "http://localhost:8080");

    /** The audience of every OpenDOMS access token. */
    public static final String AUDIENCE = "opendoms-api";

    /** Every scope of the API, as the demo {@code ops} client has them. */
    public static final List<String> OPS_SCOPES = List.of(
            "orders:read", "orders:write", "inventory:read", "inventory:write", "routing:read", "routing:write",
            "fulfillment:read", "fulfillment:write", "returns:read", "returns:write", "ops");

    /** Scopes of the demo channel clients ({@code storefront}, {@code marketplace}). */
    public static final List<String> CHANNEL_SCOPES = List.of(
            "orders:read", "orders:write", "inventory:read", "returns:read", "returns:write");

    // longer than the gateway's 15 minutes: tests keep tokens in static fields for a whole (slow) run
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
        return new Builder(clientId, channel, scopes).ttl(ttl).sign();
    }

    /** A channel client's token that expired an hour ago. */
    public static String expired(String channel, String... scopes) {
        return forChannel(channel, scopes).issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .ttl(Duration.ofHours(1)).sign();
    }

    /** An ops token that expired an hour ago. */
    public static String expiredOps() {
        return forOps().issuedAt(Instant.now().minus(Duration.ofHours(2))).ttl(Duration.ofHours(1)).sign();
    }

    /** A well-formed, unexpired token signed by a key the services do not trust. */
    public static String signedByStranger(String channel, String... scopes) {
        return forChannel(channel, scopes).signWithUnknownKey();
    }

    /** An ops token signed by a key the services do not trust. */
    public static String opsSignedByStranger() {
        return forOps().signWithUnknownKey();
    }

    /** An ops token from another issuer. */
    public static String opsWithWrongIssuer() {
        return forOps().issuer("https://issuer.example.org").sign();
    }

    /** An ops token for another audience. */
    public static String opsWithWrongAudience() {
        return forOps().audience("another-api").sign();
    }

    /** An ops token without {@code aud}. */
    public static String opsWithoutAudience() {
        return forOps().audience().sign();
    }

    /** An ops token without {@code iss}. */
    public static String opsWithoutIssuer() {
        return forOps().issuer(null).sign();
    }

    /** An unsigned ops token ({@code alg: none}). */
    public static String opsUnsigned() {
        return forOps().unsigned();
    }

    /** An ops token MACed (HS256) with the services' public key as the secret: the algorithm confusion attack. */
    public static String opsHs256WithPublicKey() {
        return forOps().hs256WithPublicKey();
    }

    /** A valid ops token to change before signing. */
    public static Builder forOps() {
        return new Builder("ops", null, OPS_SCOPES);
    }

    /** A valid channel client's token to change before signing. */
    public static Builder forChannel(String channel, String... scopes) {
        return new Builder(channel, channel, List.of(scopes));
    }

    /**
     * What {@code @OpenDomsIntegrationTest} sets for a service to trust these tokens: the test key, the issuer
     * and the audience (also usable as command-line arguments for a service started by hand).
     */
    public static Map<String, String> resourceServerProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location", publicKeyLocation());
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER);
        properties.put("spring.security.oauth2.resourceserver.jwt.audiences", AUDIENCE);
        // a service's own configuration may name a JWKS; tests trust the test key only
        properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "");
        return properties;
    }

    /** {@link #resourceServerProperties()} as {@code --name=value} arguments. */
    public static List<String> resourceServerArgs() {
        return resourceServerProperties().entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
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

    /** The claims of one token; each setter changes one thing from the valid default. */
    public static final class Builder {

        private final String clientId;
        private final String channel;
        private final List<String> scopes;
        private String issuer = ISSUER;
        private List<String> audience = List.of(AUDIENCE);
        private Instant issuedAt = Instant.now();
        private Duration ttl = DEFAULT_TTL;
        private Instant notBefore;

        private Builder(String clientId, String channel, List<String> scopes) {
            this.clientId = clientId;
            this.channel = channel;
            this.scopes = List.copyOf(scopes);
        }

        /** {@code null} leaves {@code iss} out. */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** No values leaves {@code aud} out. */
        public Builder audience(String... audience) {
            this.audience = List.of(audience);
            return this;
        }

        /** {@code iat} (and {@code nbf}, unless set); {@code exp} = {@code iat} + ttl. */
        public Builder issuedAt(Instant issuedAt) {
            this.issuedAt = issuedAt;
            return this;
        }

        public Builder ttl(Duration ttl) {
            this.ttl = ttl;
            return this;
        }

        /** {@code exp} at the given instant (keeps {@code iat}). */
        public Builder expiresAt(Instant expiresAt) {
            this.ttl = Duration.between(issuedAt, expiresAt);
            return this;
        }

        public Builder notBefore(Instant notBefore) {
            this.notBefore = notBefore;
            return this;
        }

        /** RS256 with the key the services trust. */
        public String sign() {
            return rs256(KEY);
        }

        /** RS256 with a key nobody trusts (same {@code kid} as the trusted one). */
        public String signWithUnknownKey() {
            return rs256(STRANGER);
        }

        /** {@code alg: none}, no signature. */
        public String unsigned() {
            return new PlainJWT(claims()).serialize();
        }

        /** HS256 with the PEM text of the trusted public key as the HMAC secret. */
        public String hs256WithPublicKey() {
            try {
                JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(KEY.getKeyID()).build(),
                        new Payload(claims().toJSONObject()));
                jws.sign(new MACSigner(publicKeyPem().getBytes(StandardCharsets.US_ASCII)));
                return jws.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        private String rs256(RSAKey key) {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims());
            try {
                jwt.sign(new RSASSASigner(key));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }

        private JWTClaimsSet claims() {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .subject(clientId)
                    .jwtID(UUID.randomUUID().toString())
                    .issueTime(Date.from(issuedAt))
                    .notBeforeTime(Date.from(notBefore == null ? issuedAt : notBefore))
                    .expirationTime(Date.from(issuedAt.plus(ttl)))
                    .claim("client_id", clientId)
                    .claim("scope", String.join(" ", scopes));
            if (issuer != null) {
                claims.issuer(issuer);
            }
            if (!audience.isEmpty()) {
                claims.audience(audience);
            }
            if (channel != null) {
                claims.claim("channel", channel);
            }
            return claims.build();
        }
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
