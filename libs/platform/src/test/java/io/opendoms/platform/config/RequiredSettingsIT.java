package io.opendoms.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendoms.platform.testapp.PlatformTestApplication;
import io.opendoms.testkit.TestJwt;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A service started without its credentials or issuer refuses to start, naming what is missing. */
@ExtendWith(OutputCaptureExtension.class)
class RequiredSettingsIT {

    private static final String PASSWORD = "pw-that-must-never-be-printed";

    @Test
    void refusesToStartWithoutTheDatabasePasswordAndNamesIt(CapturedOutput output) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://localhost:1/none",
                "--spring.datasource.username=someone"));
        args.addAll(TestJwt.resourceServerArgs());

        assertThatThrownBy(() -> start(args))
                .isInstanceOf(MissingSettingsException.class)
                .hasMessageContaining("spring.datasource.password")
                .hasMessageContaining("SPRING_DATASOURCE_PASSWORD")
                .satisfies(e -> assertThat(((MissingSettingsException) e).missing())
                        .extracting(RequiredSettings.Setting::property)
                        .containsExactly("spring.datasource.password"));
        assertThat(output).contains("APPLICATION FAILED TO START", "spring.datasource.password",
                "SPRING_DATASOURCE_PASSWORD");
    }

    @Test
    void namesEveryMissingSettingAtOnceAndNoValue(CapturedOutput output) {
        assertThatThrownBy(() -> start(List.of("--server.port=0", "--spring.datasource.password=" + PASSWORD)))
                .isInstanceOf(MissingSettingsException.class)
                .satisfies(e -> assertThat(((MissingSettingsException) e).missing())
                        .extracting(RequiredSettings.Setting::environmentVariable)
                        .containsExactly("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI"));
        assertThat(output).contains("spring.security.oauth2.resourceserver.jwt.issuer-uri")
                .doesNotContain(PASSWORD);
    }

    @Test
    void derivesTheEnvironmentVariableSpringBootBinds() {
        assertThat(RequiredSettings.environmentVariable("spring.datasource.password"))
                .isEqualTo("SPRING_DATASOURCE_PASSWORD");
        assertThat(RequiredSettings.environmentVariable("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"))
                .isEqualTo("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWKSETURI");
        assertThat(RequiredSettings.environmentVariable("opendoms.webhooks.sources[wms].secret"))
                .isEqualTo("OPENDOMS_WEBHOOKS_SOURCES_WMS_SECRET");
    }

    private static void start(List<String> args) {
        new SpringApplicationBuilder(PlatformTestApplication.class).run(args.toArray(String[]::new)).close();
    }
}
