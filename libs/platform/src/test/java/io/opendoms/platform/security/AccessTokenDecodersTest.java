package io.opendoms.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import io.opendoms.testkit.TestJwt;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** The same checks whichever way the keys are configured: JWK set URI, public key, issuer discovery. */
class AccessTokenDecodersTest {

    private HttpServer jwks;
    private final AtomicInteger jwksCalls = new AtomicInteger();

    @BeforeEach
    void serveTheTestKeySet() throws Exception {
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = new JWKSet(TestJwt.publicJwk()).toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/oauth2/jwks", exchange -> {
            jwksCalls.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
    }

    @AfterEach
    void stop() {
        jwks.stop(0);
    }

    @Test
    void checksIssuerAndAudienceWithAJwkSetUri() {
        OAuth2ResourceServerProperties.Jwt properties = properties();
        properties.setJwkSetUri("http://127.0.0.1:" + jwks.getAddress().getPort() + "/oauth2/jwks");
        JwtDecoder decoder = AccessTokenDecoders.decoder(properties, List.of());
        assertThat(jwksCalls).as("no key set read before the first token").hasValue(0);

        assertThat(decoder.decode(TestJwt.ops()).getSubject()).isEqualTo("ops");
        assertRefusesEveryInvalidToken(decoder);
    }

    @Test
    void checksIssuerAndAudienceWithAPublicKey() {
        OAuth2ResourceServerProperties.Jwt properties = properties();
        properties.setPublicKeyLocation(new DefaultResourceLoader().getResource(TestJwt.publicKeyLocation()));
        JwtDecoder decoder = AccessTokenDecoders.decoder(properties, List.of());

        assertThat(decoder.decode(TestJwt.ops()).getSubject()).isEqualTo("ops");
        assertRefusesEveryInvalidToken(decoder);
    }

    @Test
    void discoversTheKeysOfAnIssuerOnlyAtTheFirstToken() {
        OAuth2ResourceServerProperties.Jwt properties = properties();
        properties.setIssuerUri("http://127.0.0.1:1/realms/unreachable");

        JwtDecoder decoder = AccessTokenDecoders.decoder(properties, List.of());

        assertThat(decoder).isNotNull();
        assertThatThrownBy(() -> decoder.decode(TestJwt.ops())).isInstanceOf(JwtDecoderInitializationException.class);
    }

    @Test
    void acceptsTheConfiguredAudiencesOnly() {
        OAuth2ResourceServerProperties.Jwt properties = properties();
        properties.setPublicKeyLocation(new DefaultResourceLoader().getResource(TestJwt.publicKeyLocation()));
        properties.setAudiences(List.of("another-api"));
        JwtDecoder decoder = AccessTokenDecoders.decoder(properties, List.of());

        assertThat(decoder.decode(TestJwt.opsWithWrongAudience()).getSubject()).isEqualTo("ops");
        assertThatThrownBy(() -> decoder.decode(TestJwt.ops())).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void refusesSymmetricOrNoAlgorithmsInTheConfiguration() {
        OAuth2ResourceServerProperties.Jwt properties = properties();
        properties.setJwkSetUri("http://127.0.0.1:1/oauth2/jwks");
        for (String algorithm : List.of("HS256", "none")) {
            properties.setJwsAlgorithms(List.of(algorithm));
            assertThatThrownBy(() -> AccessTokenDecoders.decoder(properties, List.of()))
                    .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.jws-algorithms")
                    .hasMessageContaining(algorithm);
        }
    }

    @Test
    void needsAnIssuer() {
        OAuth2ResourceServerProperties.Jwt properties = new OAuth2ResourceServerProperties.Jwt();
        properties.setJwkSetUri("http://127.0.0.1:1/oauth2/jwks");

        assertThatThrownBy(() -> AccessTokenDecoders.decoder(properties, List.of()))
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri");
    }

    private static OAuth2ResourceServerProperties.Jwt properties() {
        OAuth2ResourceServerProperties.Jwt properties = new OAuth2ResourceServerProperties.Jwt();
        properties.setIssuerUri(TestJwt.ISSUER);
        return properties;
    }

    private static void assertRefusesEveryInvalidToken(JwtDecoder decoder) {
        for (String token : List.of(TestJwt.expiredOps(), TestJwt.opsWithWrongIssuer(), TestJwt.opsWithoutIssuer(),
                TestJwt.opsWithWrongAudience(), TestJwt.opsWithoutAudience(), TestJwt.opsSignedByStranger(),
                TestJwt.opsUnsigned(), TestJwt.opsHs256WithPublicKey())) {
            assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
        }
    }
}
