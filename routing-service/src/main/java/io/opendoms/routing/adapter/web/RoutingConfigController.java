package io.opendoms.routing.adapter.web;

import io.opendoms.platform.security.CurrentClient;
import io.opendoms.platform.web.BadRequestException;
import io.opendoms.platform.web.ConflictException;
import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.web.NotFoundException;
import io.opendoms.platform.web.UnprocessableException;
import io.opendoms.routing.application.RoutingConfigService;
import io.opendoms.routing.config.RoutingConfigDocument;
import io.opendoms.routing.domain.InvalidRoutingConfigException;
import io.opendoms.routing.domain.RoutingConfig;
import io.opendoms.routing.domain.RoutingConfigConflictException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The routing cost model and rules (routing.md § Configuration document): read, replace, and read old versions. */
@RestController
@Tag(name = "Routing configuration")
@RequestMapping(path = "/api/v1/routing/config", produces = MediaType.APPLICATION_JSON_VALUE)
class RoutingConfigController {

    /** Keys of the answer beside the document's; a document sent back as read may carry them. */
    private static final List<String> READ_ONLY = List.of("updatedAt", "updatedBy");
    private static final int MAX_AUTHOR_LENGTH = 128;

    private final RoutingConfigService configs;

    RoutingConfigController(RoutingConfigService configs) {
        this.configs = configs;
    }

    @Operation(summary = "The routing configuration in force", description = """
            The document of routing.md (§ Configuration document) with its version, when it was changed and by \
            which client. Version 1 is the service's opendoms.routing.* properties at its first start.""")
    @ApiResponse(responseCode = "200", description = "The configuration in force",
            content = @Content(schema = @Schema(implementation = RoutingConfigSchema.Versioned.class)))
    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_routing:read')")
    ObjectNode current() {
        return versioned(configs.current());
    }

    @Operation(summary = "One version of the routing configuration, as it was",
            description = "Every version stays readable, e.g. to replay decisions against the configuration "
                    + "they were made with (each decision records its configVersion).")
    @ApiResponse(responseCode = "200", description = "That version",
            content = @Content(schema = @Schema(implementation = RoutingConfigSchema.Versioned.class)))
    @GetMapping("/versions/{version}")
    @PreAuthorize("hasAuthority('SCOPE_routing:read')")
    ObjectNode version(@PathVariable long version) {
        return versioned(configs.version(version).orElseThrow(() ->
                new NotFoundException("No routing configuration version " + version + ".")));
    }

    @Operation(summary = "Replace the routing configuration", description = """
            The whole document, every key required; it is stored as the next version and is in force for the \
            next decision and what-if plan (on every instance within a second), and across restarts. A document \
            that cannot be read (malformed JSON, a value of the wrong JSON type) is 400; one that breaks a rule \
            (unknown or missing keys, unknown location types, values out of range) is 422; either names each bad \
            key by its JSON path in errors[] (e.g. services[1].baseByZone[3]), and the configuration in force \
            stays. With "version" (as read), the change is made only if that version is still the newest, else \
            409; two changes racing for one version: one wins, the other is 409. updatedAt and updatedBy, as \
            read, are ignored.""")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = RoutingConfigSchema.Change.class)))
    @ApiResponse(responseCode = "200", description = "The configuration now in force, with its new version",
            content = @Content(schema = @Schema(implementation = RoutingConfigSchema.Versioned.class)))
    @ApiResponse(responseCode = "409", description = "Not made against the newest version",
            content = @Content(mediaType = "application/problem+json"))
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_routing:write')")
    ObjectNode replace(@RequestBody String body) {
        JsonNode tree;
        try {
            tree = RoutingConfigDocument.JSON.readTree(body);
        } catch (JacksonException e) {
            throw new BadRequestException("The request body is not valid JSON.");
        }
        if (tree == null || !tree.isObject()) {
            throw new BadRequestException("The routing configuration must be a JSON object.");
        }
        ObjectNode document = ((ObjectNode) tree).deepCopy();
        Long expectedVersion = expectedVersion(document.remove("version"));
        READ_ONLY.forEach(document::remove);
        RoutingConfigDocument.Reading reading = RoutingConfigDocument.read(document);
        if (!reading.valid()) {
            List<FieldError> errors = reading.problems().stream()
                    .map(p -> new FieldError(p.field(), p.message())).toList();
            if (reading.hasWrongTypes()) {
                throw new BadRequestException("The routing configuration cannot be read; the configuration in "
                        + "force stays.", errors);
            }
            throw new UnprocessableException("The routing configuration has invalid keys; the configuration in "
                    + "force stays.", errors);
        }
        try {
            return versioned(configs.replace(reading.policy(), expectedVersion, author()));
        } catch (InvalidRoutingConfigException e) {
            throw new UnprocessableException("The routing configuration has invalid keys; the configuration in "
                    + "force stays.", e.errors().stream().map(c -> new FieldError(c.key(), c.message())).toList());
        } catch (RoutingConfigConflictException e) {
            throw new ConflictException(e.getMessage());
        }
    }

    private static Long expectedVersion(JsonNode version) {
        if (version == null || version.isNull()) {
            return null;
        }
        if (!version.isIntegralNumber() || !version.canConvertToLong()) {
            throw new BadRequestException("Invalid value for 'version'.",
                    List.of(new FieldError("version", "must be a whole number, the version the change is made to")));
        }
        return version.longValue();
    }

    private static String author() {
        String client = CurrentClient.get().clientId();
        if (client == null || client.isBlank()) {
            return "unknown client";
        }
        return client.length() > MAX_AUTHOR_LENGTH ? client.substring(0, MAX_AUTHOR_LENGTH) : client;
    }

    private static ObjectNode versioned(RoutingConfig config) {
        ObjectNode answer = RoutingConfigDocument.JSON.createObjectNode();
        answer.put("version", config.version());
        answer.put("updatedAt", config.updatedAt().toString());
        answer.put("updatedBy", config.updatedBy());
        answer.setAll(RoutingConfigDocument.write(config.policy()));
        return answer;
    }
}
