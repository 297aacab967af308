package io.opendoms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class TestJwtTest {

    private final NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKeyFromLocation()).build();

    @Test
    void opsTokenHasEveryScopeAndNoChannel() {
        Jwt jwt = decoder.decode(TestJwt.ops());
        assertThat(jwt.getClaimAsString("scope").split(" ")).contains("ops", "orders:write", "inventory:write",
                "routing:read", "fulfillment:write", "returns:write");
        assertThat(jwt.hasClaim("channel")).isFalse();
        assertThat(jwt.getSubject()).isEqualTo("ops");
        assertThat(jwt.getClaimAsString("client_id")).isEqualTo("ops");
        assertThat(jwt.getIssuer().toString()).isEqualTo(TestJwt.ISSUER);
        assertThat(jwt.getHeaders()).containsEntry("kid", "opendoms-test").containsEntry("alg", "RS256");
    }

    @Test
    void channelTokenNamesItsChannelAndScopes() {
        Jwt jwt = decoder.decode(TestJwt.channel("storefront", "orders:read", "orders:write"));
        assertThat(jwt.getClaimAsString("channel")).isEqualTo("storefront");
        assertThat(jwt.getClaimAsString("client_id")).isEqualTo("storefront");
        assertThat(jwt.getClaimAsString("scope")).isEqualTo("orders:read orders:write");
        assertThat(jwt.getExpiresAt()).isAfter(Instant.now());
    }

    @Test
    void tokensNameTheOpenDomsAudience() {
        assertThat(decoder.decode(TestJwt.channel("storefront", "orders:read")).getAudience())
                .containsExactly(TestJwt.AUDIENCE);
        assertThat(decoder.decode(TestJwt.ops()).getAudience()).containsExactly("opendoms-api");
    }

    @Test
    void invalidTokensDifferFromAValidOneInOneWayEach() {
        assertThat(decoder.decode(TestJwt.opsWithWrongIssuer()).getIssuer().toString())
                .isNotEqualTo(TestJwt.ISSUER);
        assertThat(decoder.decode(TestJwt.opsWithWrongAudience()).getAudience()).containsExactly("another-api");
        assertThat(decoder.decode(TestJwt.opsWithoutAudience()).hasClaim("aud")).isFalse();
        assertThat(decoder.decode(TestJwt.opsWithoutIssuer()).hasClaim("iss")).isFalse();
        assertThat(TestJwt.opsUnsigned()).endsWith(".");
        assertThat(new String(Base64.getUrlDecoder().decode(TestJwt.opsHs256WithPublicKey().split("\\.")[0])))
                .contains("\"HS256\"");
        assertThatThrownBy(() -> decoder.decode(TestJwt.opsHs256WithPublicKey())).isInstanceOf(JwtException.class);
    }

    @Test
    void resourceServerPropertiesPointAtTheTestKeyIssuerAndAudience() {
        assertThat(TestJwt.resourceServerProperties())
                .containsEntry("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestJwt.ISSUER)
                .containsEntry("spring.security.oauth2.resourceserver.jwt.audiences", "opendoms-api")
                .containsEntry("spring.security.oauth2.resourceserver.jwt.public-key-location",
                        TestJwt.publicKeyLocation());
    }

    @Test
    void expiredTokenIsRejected() {
        assertThatThrownBy(() -> decoder.decode(TestJwt.expired("storefront", "orders:read")))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("expired");
    }

    @Test
    void strangersTokenFailsTheSignatureCheck() {
        assertThatThrownBy(() -> decoder.decode(TestJwt.signedByStranger("storefront", "orders:read")))
                .isInstanceOf(JwtException.class);
    }

    private static RSAPublicKey publicKeyFromLocation() {
        try {
            String pem = Files.readString(Path.of(URI.create(TestJwt.publicKeyLocation())));
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
