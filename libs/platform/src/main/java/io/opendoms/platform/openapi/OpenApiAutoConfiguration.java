package io.opendoms.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * OpenAPI defaults when springdoc is present, so that Swagger UI at the gateway can call every operation:
 * <ul>
 * <li>an OAuth2 client-credentials scheme whose token URL is the gateway's {@code /oauth2/token} ("Authorize" with a
 * client id and secret), beside a plain bearer-JWT scheme for a token fetched elsewhere;</li>
 * <li>a relative server URL, so "Try it out" goes through the gateway rather than the service's own port;</li>
 * <li>on each operation, the scopes its {@code @PreAuthorize} asks for and its problem+json error responses
 * ({@link OperationDocumentation}); webhooks (public, signed) need no token.</li>
 * </ul>
 */
@AutoConfiguration(beforeName = "org.springdoc.core.configuration.SpringDocConfiguration")
@ConditionalOnClass({OpenAPI.class, GlobalOpenApiCustomizer.class})
public class OpenApiAutoConfiguration {

    public static final String SECURITY_SCHEME = "bearer-jwt";
    public static final String OAUTH2_SCHEME = "oauth2";
    public static final String PROBLEM_SCHEMA = "Problem";
    /** Where the gateway issues tokens; relative, so it resolves against the gateway serving the document. */
    public static final String TOKEN_URL = "/oauth2/token";

    /** The scopes of the API contract. */
    public static final Map<String, String> SCOPES = scopes();

    @Bean
    @ConditionalOnMissingBean
    OpenAPI opendomsOpenApi(@Value("${spring.application.name:opendoms}") String name) {
        return new OpenAPI().info(new Info().title(name).version("v1"));
    }

    @Bean
    GlobalOpenApiCustomizer opendomsOpenApiCustomizer() {
        return openApi -> {
            Components components = openApi.getComponents() != null ? openApi.getComponents() : new Components();
            if (components.getSecuritySchemes() == null || !components.getSecuritySchemes().containsKey(SECURITY_SCHEME)) {
                components.addSecuritySchemes(SECURITY_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").bearerFormat("JWT")
                        .description("An access token from POST " + TOKEN_URL + " (client credentials)"));
            }
            if (!components.getSecuritySchemes().containsKey(OAUTH2_SCHEME)) {
                Scopes scopes = new Scopes();
                SCOPES.forEach(scopes::addString);
                components.addSecuritySchemes(OAUTH2_SCHEME, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                        .description("OAuth2 client credentials: the client id and secret of an API client")
                        .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl(TOKEN_URL).scopes(scopes))));
            }
            components.addSchemas(PROBLEM_SCHEMA, OperationDocumentation.problemSchema());
            openApi.components(components);
            if (openApi.getSecurity() == null || openApi.getSecurity().isEmpty()) {
                openApi.addSecurityItem(new SecurityRequirement().addList(OAUTH2_SCHEME));
                openApi.addSecurityItem(new SecurityRequirement().addList(SECURITY_SCHEME));
            }
            openApi.servers(List.of(new Server().url("/")));
        };
    }

    static {
        // the verified partner is resolved from the request, never sent by the client: not a parameter
        org.springdoc.core.utils.SpringDocUtils.getConfig()
                .addRequestWrapperToIgnore(io.opendoms.platform.webhook.WebhookPartner.class);
    }

    @Bean
    GlobalOperationCustomizer opendomsOperationCustomizer() {
        return OperationDocumentation::document;
    }

    private static Map<String, String> scopes() {
        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put("orders:read", "Read the client's orders and subscriptions");
        scopes.put("orders:write", "Create and cancel orders, manage subscriptions");
        scopes.put("inventory:read", "Read locations, items, stock and availability");
        scopes.put("inventory:write", "Change locations, items and stock; hold stock");
        scopes.put("returns:read", "Read returns");
        scopes.put("returns:write", "Create returns");
        scopes.put("routing:read", "Plan sourcing (what-if) and read routing decisions");
        scopes.put("routing:write", "Change the routing configuration");
        scopes.put("fulfillment:read", "Read fulfillments");
        scopes.put("fulfillment:write", "Store actions on fulfillments");
        scopes.put("ops", "Operations: every channel, hold rules, KPIs, exceptions");
        return Collections.unmodifiableMap(scopes);
    }
}
