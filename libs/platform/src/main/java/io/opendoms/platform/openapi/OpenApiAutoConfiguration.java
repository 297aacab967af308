package io.opendoms.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * OpenAPI defaults when springdoc is present: the bearer-JWT scheme required globally, and a relative server
 * URL, so that Swagger UI served by the gateway calls through the gateway rather than the service's own port.
 */
@AutoConfiguration(beforeName = "org.springdoc.core.configuration.SpringDocConfiguration")
@ConditionalOnClass({OpenAPI.class, OpenApiCustomizer.class})
public class OpenApiAutoConfiguration {

    public static final String SECURITY_SCHEME = "bearer-jwt";

    @Bean
    @ConditionalOnMissingBean
    OpenAPI opendomsOpenApi(@Value("${spring.application.name:opendoms}") String name) {
        return new OpenAPI().info(new Info().title(name).version("v1"));
    }

    @Bean
    OpenApiCustomizer opendomsOpenApiCustomizer() {
        return openApi -> {
            Components components = openApi.getComponents() != null ? openApi.getComponents() : new Components();
            if (components.getSecuritySchemes() == null || !components.getSecuritySchemes().containsKey(SECURITY_SCHEME)) {
                components.addSecuritySchemes(SECURITY_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").bearerFormat("JWT"));
            }
            openApi.components(components);
            if (openApi.getSecurity() == null || openApi.getSecurity().isEmpty()) {
                openApi.addSecurityItem(new SecurityRequirement().addList(SECURITY_SCHEME));
            }
            openApi.servers(List.of(new Server().url("/")));
        };
    }
}
