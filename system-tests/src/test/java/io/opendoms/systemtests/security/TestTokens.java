package io.opendoms.systemtests.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Access tokens minted by the test itself, with the local stack's own signing key (the launcher
 * keeps it as a private JWK in {@code <dataDir>/auth/jwk.json}) or with a stranger's: the one
 * valid shape the gateway issues, and each way of getting it wrong.
 */
public final class TestTokens {

  public static final String AUDIENCE = "opendoms-api";
  public static final String CHANNEL_SCOPES = "orders:read orders:write inventory:read returns:read returns:write";
  public static final String OPS_SCOPES = CHANNEL_SCOPES
      + " inventory:write routing:read routing:write fulfillment:read fulfillment:write ops";

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final String issuer;
  private final String kid;
  private final PrivateKey key;
  private final PrivateKey strangerKey;

  private TestTokens(String issuer, String kid, PrivateKey key, PrivateKey strangerKey) {
    this.issuer = issuer;
    this.kid = kid;
    this.key = key;
    this.strangerKey = strangerKey;
  }

  public static TestTokens of(Path dataDir, String gatewayUrl) {
    Path file = dataDir.resolve("auth").resolve("jwk.json");
    try {
      JsonNode jwk = RawHttp.JSON.readTree(Files.readString(file));
      RSAPrivateCrtKeySpec spec = new RSAPrivateCrtKeySpec(big(jwk, "n"), big(jwk, "e"), big(jwk, "d"),
          big(jwk, "p"), big(jwk, "q"), big(jwk, "dp"), big(jwk, "dq"), big(jwk, "qi"));
      PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(spec);
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return new TestTokens(gatewayUrl, jwk.path("kid").asString(), key, generator.generateKeyPair().getPrivate());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the stack's signing key " + file, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The claims of a token the gateway would issue to {@code clientId}. */
  public Map<String, Object> claims(String clientId, String channel, String scope) {
    Instant now = Instant.now();
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", issuer);
    claims.put("sub", clientId);
    claims.put("aud", List.of(AUDIENCE));
    claims.put("client_id", clientId);
    if (scope != null) {
      claims.put("scope", scope);
    }
    if (channel != null) {
      claims.put("channel", channel);
    }
    claims.put("iat", now.getEpochSecond());
    claims.put("nbf", now.getEpochSecond());
    claims.put("exp", now.plusSeconds(300).getEpochSecond());
    claims.put("jti", UUID.randomUUID().toString());
    return claims;
  }

  public String ops() {
    return signed(claims("ops", null, OPS_SCOPES));
  }

  public String channel(String channel) {
    return signed(claims(channel, channel, CHANNEL_SCOPES));
  }

  /** RS256 with the stack's key and kid. */
  public String signed(Map<String, Object> claims) {
    return sign(header("RS256", kid), claims, key);
  }

  /** RS256 with a key the stack never saw, under the stack's kid or another. */
  public String signedByStranger(Map<String, Object> claims, boolean sameKid) {
    return sign(header("RS256", sameKid ? kid : UUID.randomUUID().toString()), claims, strangerKey);
  }

  /** {@code alg: none} and an empty signature. */
  public String unsigned(Map<String, Object> claims) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", "none");
    header.put("typ", "JWT");
    return part(header) + "." + part(claims) + ".";
  }

  /** A genuine signature over the claims, presented as HS256 keyed with… nothing the stack would use. */
  public String algorithmSwapped(Map<String, Object> claims) {
    String token = signed(claims);
    String[] parts = token.split("\\.");
    return part(header("HS256", kid)) + "." + parts[1] + "." + parts[2];
  }

  private static Map<String, Object> header(String alg, String kid) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", alg);
    header.put("kid", kid);
    header.put("typ", "JWT");
    return header;
  }

  private static String sign(Map<String, Object> header, Map<String, Object> claims, PrivateKey key) {
    String input = part(header) + "." + part(claims);
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key);
      signature.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + B64.encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String part(Map<String, Object> json) {
    return B64.encodeToString(RawHttp.JSON.writeValueAsBytes(json));
  }

  private static BigInteger big(JsonNode jwk, String field) {
    String value = jwk.path(field).asString();
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException("the JWK has no '" + field + "': not a private RSA key");
    }
    return new BigInteger(1, Base64.getUrlDecoder().decode(value));
  }
}
