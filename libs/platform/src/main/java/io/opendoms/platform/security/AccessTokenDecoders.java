package io.opendoms.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * The access-token decoder of every service, from Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*} properties. Whatever the key source, every token must
 * carry a signature by a trusted key in one of the allowed asymmetric algorithms (default {@code RS256}), the
 * configured {@code iss}, an {@code aud} naming one of the configured audiences (default
 * {@value #DEFAULT_AUDIENCE}), and an {@code exp} not passed (and {@code nbf} reached) within
 * {@link #CLOCK_SKEW}. Spring Boot's own decoder skips the issuer with a public key and the audience when
 * none is configured: not acceptable for a service.
 *
 * <p>Keys: {@code jwk-set-uri}, else {@code public-key-location}, else the issuer's OpenID discovery
 * document. Nothing is fetched at start-up (the key set is read with the first token), so a service starts
 * while its issuer is still starting.
 */
public final class AccessTokenDecoders {

    /** The {@code aud} of OpenDOMS access tokens unless {@code ...jwt.audiences} says otherwise. */
    public static final String DEFAULT_AUDIENCE = "opendoms-api";

    /** Tolerance for clocks that differ between the issuer and the service (exp, nbf). */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    static final String PREFIX = "spring.security.oauth2.resourceserver.jwt.";

    private static final Set<SignatureAlgorithm> ASYMMETRIC = Set.of(
            SignatureAlgorithm.RS256, SignatureAlgorithm.RS384, SignatureAlgorithm.RS512,
            SignatureAlgorithm.PS256, SignatureAlgorithm.PS384, SignatureAlgorithm.PS512,
            SignatureAlgorithm.ES256, SignatureAlgorithm.ES384, SignatureAlgorithm.ES512);

    public static JwtDecoder decoder(OAuth2ResourceServerProperties.Jwt properties,
                                     List<OAuth2TokenValidator<Jwt>> additionalValidators) {
        String issuer = properties.getIssuerUri();
        if (!StringUtils.hasText(issuer)) {
            throw new IllegalStateException(PREFIX + "issuer-uri is required");
        }
        Set<SignatureAlgorithm> algorithms = algorithms(properties.getJwsAlgorithms());
        OAuth2TokenValidator<Jwt> validator = validator(issuer, properties.getAudiences(), additionalValidators);
        if (StringUtils.hasText(properties.getJwkSetUri())) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.getJwkSetUri())
                    .jwsAlgorithms(set -> set.addAll(algorithms)).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        if (properties.getPublicKeyLocation() != null) {
            NimbusJwtDecoder decoder = publicKeyDecoder(properties, algorithms);
            decoder.setJwtValidator(validator);
            return decoder;
        }
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer)
                    .jwsAlgorithms(set -> set.addAll(algorithms)).build();
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    /** Issuer, audience, exp (required) and nbf with {@link #CLOCK_SKEW}, plus Spring Security's defaults. */
    static OAuth2TokenValidator<Jwt> validator(String issuer, List<String> audiences,
                                               List<OAuth2TokenValidator<Jwt>> additionalValidators) {
        Set<String> accepted = audiences == null || audiences.stream().noneMatch(StringUtils::hasText)
                ? Set.of(DEFAULT_AUDIENCE)
                : audiences.stream().filter(StringUtils::hasText).collect(Collectors.toUnmodifiableSet());
        JwtTimestampValidator timestamps = new JwtTimestampValidator(CLOCK_SKEW);
        timestamps.setAllowEmptyExpiryClaim(false);
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(timestamps);
        validators.add(new JwtIssuerValidator(issuer));
        validators.add(new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                aud -> aud != null && !Collections.disjoint(aud, accepted)));
        validators.addAll(additionalValidators);
        return JwtValidators.createDefaultWithValidators(validators);
    }

    /** Only asymmetric algorithms: an HMAC key would be a shared secret, and "none" no signature at all. */
    static Set<SignatureAlgorithm> algorithms(List<String> names) {
        if (names == null || names.isEmpty()) {
            return Set.of(SignatureAlgorithm.RS256);
        }
        Set<SignatureAlgorithm> algorithms = new LinkedHashSet<>();
        for (String name : names) {
            SignatureAlgorithm algorithm = SignatureAlgorithm.from(name.trim());
            if (algorithm == null || !ASYMMETRIC.contains(algorithm)) {
                throw new IllegalStateException(PREFIX + "jws-algorithms: " + name
                        + " is not allowed; use asymmetric signature algorithms only (RS256, PS256, ES256, ...)");
            }
            algorithms.add(algorithm);
        }
        return Set.copyOf(algorithms);
    }

    private static NimbusJwtDecoder publicKeyDecoder(OAuth2ResourceServerProperties.Jwt properties,
                                                     Set<SignatureAlgorithm> algorithms) {
        if (algorithms.stream().anyMatch(a -> !a.getName().startsWith("RS") && !a.getName().startsWith("PS"))) {
            throw new IllegalStateException(PREFIX + "jws-algorithms must be RSA algorithms with "
                    + PREFIX + "public-key-location (an RSA public key)");
        }
        RSAPublicKey key = readPublicKey(properties);
        Set<JWSAlgorithm> allowed = algorithms.stream().map(a -> JWSAlgorithm.parse(a.getName()))
                .collect(Collectors.toUnmodifiableSet());
        // the key selector of a single public key ignores the header's alg: allow only the configured ones
        JWSKeySelector<SecurityContext> selector = (header, context) ->
                allowed.contains(header.getAlgorithm()) ? List.<Key>of(key) : List.of();
        return NimbusJwtDecoder.withPublicKey(key)
                .signatureAlgorithm(algorithms.iterator().next())
                .jwtProcessorCustomizer(processor -> processor.setJWSKeySelector(selector))
                .build();
    }

    private static RSAPublicKey readPublicKey(OAuth2ResourceServerProperties.Jwt properties) {
        try {
            String pem = properties.readPublicKey()
                    .replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(PREFIX + "public-key-location: cannot read an RSA public key from "
                    + properties.getPublicKeyLocation() + ": " + e.getMessage(), e);
        }
    }

    private AccessTokenDecoders() {
    }
}
