package io.opendoms.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.Jwt;

class SigningKeyFileIT {

    @TempDir
    Path dir;

    @Test
    void tokensOutliveARestartWhenTheKeyIsKeptInAFile() throws Exception {
        Path keyFile = dir.resolve("keys").resolve("gateway-signing-key.json");

        String token;
        try (ConfigurableApplicationContext first = start(keyFile)) {
            var response = new TokenClient(uri(first)).request("ops", "ops-secret", null);
            assertThat(response.statusCode()).isEqualTo(200);
            token = TokenClient.accessToken(response);
        }
        assertThat(keyFile).exists();

        try (ConfigurableApplicationContext second = start(keyFile)) {
            Jwt jwt = TokenClient.verify(token, uri(second));
            assertThat(jwt.getClaimAsString("client_id")).isEqualTo("ops");
        }
    }

    private static ConfigurableApplicationContext start(Path keyFile) {
        return new SpringApplicationBuilder(GatewayApplication.class).run(
                "--server.port=0",
                "--opendoms.auth.demo-clients.enabled=true",
                "--opendoms.auth.key-file=" + keyFile);
    }

    private static URI uri(ConfigurableApplicationContext context) {
        return URI.create("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
