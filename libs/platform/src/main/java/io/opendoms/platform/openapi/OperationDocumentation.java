package io.opendoms.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents on each operation what the API contract promises of every one: the scopes that allow it (read from its
 * {@code @PreAuthorize}, so the document cannot drift from the rule) and its problem+json error responses.
 */
final class OperationDocumentation {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/" + OpenApiAutoConfiguration.PROBLEM_SCHEMA;
    private static final Pattern SCOPE = Pattern.compile("SCOPE_([A-Za-z0-9:._-]+)");
    private static final Map<String, String> ERRORS = Map.of(
            "400", "The request cannot be read: malformed JSON, a value of the wrong type, a bad parameter",
            "401", "No token, or a bad or expired one",
            "403", "The token lacks the scope",
            "404", "No such resource, or not the client's",
            "409", "Conflicts with the current state",
            "422", "Fields break the rules; each one named in errors[]",
            "429", "Too many requests from this client: wait for Retry-After seconds");

    private OperationDocumentation() {
    }

    /** Scopes and error responses of one operation. */
    static Operation document(Operation operation, HandlerMethod handler) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        Set<String> scopes = rule == null ? Set.of() : scopesOf(rule.value());
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        operation.setResponses(responses);
        if (!scopes.isEmpty()) {
            List<SecurityRequirement> security = new ArrayList<>();
            // any one of the scopes is enough: one requirement each (scopes within one requirement all apply)
            scopes.forEach(scope -> security.add(
                    new SecurityRequirement().addList(OpenApiAutoConfiguration.OAUTH2_SCHEME, scope)));
            security.add(new SecurityRequirement().addList(OpenApiAutoConfiguration.SECURITY_SCHEME));
            operation.setSecurity(security);
            String needs = "**Scope:** " + String.join(" or ", scopes.stream().map(s -> "`" + s + "`").toList());
            operation.setDescription(operation.getDescription() == null || operation.getDescription().isBlank()
                    ? needs : operation.getDescription() + "\n\n" + needs);
        }
        boolean hasBody = operation.getRequestBody() != null;
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (isWebhook(handler)) {
            // signed by a partner instead of a token (the handler takes the verified WebhookPartner)
            operation.setSecurity(List.of());
            if (hasBody || !parameters.isEmpty()) {
                addError(responses, "400");
            }
            if (hasBody) {
                addError(responses, "422");
            }
            addError(responses, "401");
            responses.get("401").setDescription("An unknown partner, or a missing, bad or stale signature");
            addError(responses, "404");
            responses.get("404").setDescription("No such resource, or not the partner's own");
            addError(responses, "429");
            problemContent(responses);
            return operation;
        }
        if (hasBody || !parameters.isEmpty()) {
            addError(responses, "400");
        }
        if (hasBody) {
            addError(responses, "422");
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            addError(responses, "404");
        }
        addError(responses, "401");
        addError(responses, "403");
        addError(responses, "429");
        problemContent(responses);
        return operation;
    }

    /** A webhook handler is one that acts for a verified partner (and only then: see WebhookPartnerArgumentResolver). */
    private static boolean isWebhook(HandlerMethod handler) {
        return java.util.Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.getParameterType() == io.opendoms.platform.webhook.WebhookPartner.class);
    }

    static Schema<?> problemSchema() {
        Schema<Object> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().example("lines[0].quantity"))
                .addProperty("message", new StringSchema().example("must be greater than or equal to 1"));
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", "Unprocessable Content");
        example.put("status", 422);
        example.put("detail", "The order has invalid fields.");
        example.put("errors", List.of(Map.of("field", "lines[0].quantity",
                "message", "must be greater than or equal to 1")));
        return new ObjectSchema()
                .description("An RFC 9457 problem; validation problems list every bad field in errors")
                .addProperty("type", new StringSchema().format("uri").example("about:blank"))
                .addProperty("title", new StringSchema().example("Unprocessable Content"))
                .addProperty("status", new IntegerSchema().example(422))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("errors", new ArraySchema().items(fieldError))
                .required(List.of("type", "title", "status"))
                .example(example);
    }

    static Set<String> scopesOf(String expression) {
        Set<String> scopes = new LinkedHashSet<>();
        Matcher matcher = SCOPE.matcher(expression);
        while (matcher.find()) {
            scopes.add(matcher.group(1));
        }
        return scopes;
    }

    private static void addError(ApiResponses responses, String status) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(ERRORS.get(status)));
        }
    }

    /** Every error answer is a problem: its body documented as one, whatever was declared or inferred. */
    private static void problemContent(ApiResponses responses) {
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                MediaType declared = response.getContent() == null ? null : response.getContent().get(PROBLEM_JSON);
                MediaType problem = declared != null ? declared : new MediaType();
                problem.setSchema(new Schema<>().$ref(PROBLEM_REF));
                response.setContent(new Content().addMediaType(PROBLEM_JSON, problem));
                if (response.getDescription() == null || response.getDescription().isBlank()) {
                    response.setDescription(ERRORS.getOrDefault(status, "An error, as a problem"));
                }
            }
        });
    }
}
