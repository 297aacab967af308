package io.opendoms.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Access tokens live at most 15 minutes: a longer configured lifetime stops the gateway at start-up. */
@ExtendWith(OutputCaptureExtension.class)
class TokenLifetimeIT {

    @Test
    void refusesToStartWithATokenLifetimeAboveFifteenMinutes(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(GatewayApplication.class).run(
                "--server.port=0",
                "--opendoms.auth.token-ttl=16m",
                "--opendoms.auth.clients.partner.secret=partner-secret-never-printed",
                "--opendoms.auth.clients.partner.scopes=inventory:read").close())
                .hasStackTraceContaining("opendoms.auth.token-ttl must be more than 0 and at most 15 minutes");

        assertThat(output).contains("APPLICATION FAILED TO START", "opendoms.auth.token-ttl")
                .doesNotContain("partner-secret-never-printed");
    }
}
