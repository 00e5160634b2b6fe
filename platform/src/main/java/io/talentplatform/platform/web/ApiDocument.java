package io.talentplatform.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
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
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import io.talentplatform.platform.security.Access;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OpenAPI document as a tool reads it (INTERFACES.md, "HTTP conventions"): the bearer scheme every call needs,
 * the {@code Idempotency-Key} every command takes and the {@code Talent-Event-Position} it answers with, and the
 * problems (RFC 9457) any call may answer, each as a typed schema. Springdoc describes the paths and bodies from the
 * controllers; this adds what lives in filters and conventions rather than in a method's signature.
 */
public final class ApiDocument implements OpenApiCustomizer {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String EVENT_POSITION = "Talent-Event-Position";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** The problems every call may answer, and those only a command may. */
    private static final Map<String, String> ANY_CALL = Map.of(
            "400", "The request is malformed: a parameter, header or body that does not parse or validate.",
            "401", "No valid bearer token.",
            "403", "The caller's roles or relationship to the person do not allow this.",
            "404", "Nothing is known under an id of the path.");
    private static final Map<String, String> COMMANDS_ONLY = Map.of(
            "409", "Conflicts with the current state.",
            "422", "A rule of the domain refuses it (the problem's type names the rule), or the Idempotency-Key was "
                    + "used before with another body.");

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() != null && api.getComponents().getSecuritySchemes() != null
                && api.getComponents().getSecuritySchemes().containsKey(BEARER)) {
            return; // Springdoc builds each document once; were it handed one already described, nothing is added twice.
        }
        api.info(new Info().title("Talent platform API").version("v1")
                        .description("Career conversations, development contracts and Career Capital as events; "
                                + "the read models that decide on them. Every call needs a bearer token "
                                + "(Authorize, above). Problems are RFC 9457 documents whose type is "
                                + "urn:talent:problem:<name>.")
                        .contact(new Contact().name("The platform's operators (docs/operations.md)"))
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .servers(java.util.List.of(new Server().url("/").description("This service, as it was reached")));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT")
                        .description("A token of the configured issuer (the standalone build: POST "
                                + "/api/v1/dev/tokens). Its roles claim holds EMPLOYEE, MANAGER, HR, PANEL or "
                                + "AUDITOR."))
                .addSchemas(PROBLEM, problem()));
        api.addSecurityItem(new SecurityRequirement().addList(BEARER));
        if (api.getPaths() == null) {
            return;
        }
        Set<String> tags = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            whoMayCall(method, path, operation);
            if (describe(method, path, operation)) {
                // Only a service that takes commands names the command headers.
                components.addParameters(IDEMPOTENCY_KEY, new Parameter().in("header").name(IDEMPOTENCY_KEY)
                                .required(false)
                                .description("The same key with the same body within 24 hours answers the first "
                                        + "answer again and appends nothing; with another body, 422.")
                                .schema(new StringSchema().maxLength(255)))
                        .addHeaders(EVENT_POSITION, new Header()
                                .description("The event-store position of the last event this command appended: "
                                        + "pass it as minPosition to a query to read your own write.")
                                .schema(new IntegerSchema().format("int64")));
            }
            if (operation.getTags() != null) {
                tags.addAll(operation.getTags());
            }
        }));
        // Springdoc tags each operation by its controller; the document declares each tag it uses.
        Set<String> declared = new TreeSet<>();
        if (api.getTags() != null) {
            api.getTags().forEach(tag -> declared.add(tag.getName()));
        }
        tags.stream().filter(tag -> !declared.contains(tag)).forEach(tag -> api.addTagsItem(new Tag().name(tag)));
    }

    /** The operation's description ends with who may call it, from the one table that decides it ({@link Access}). */
    private static void whoMayCall(PathItem.HttpMethod method, String path, Operation operation) {
        for (Access access : Access.values()) {
            if (access.method().equals(method.name()) && access.path().equals(path)) {
                String description = operation.getDescription() == null ? "" : operation.getDescription().strip();
                operation.description((description.isEmpty() ? "" : description + "\n\n") + "Who may call: "
                        + access.rule());
                return;
            }
        }
    }

    /** Adds the headers and problems of the call; whether it is a command. */
    private static boolean describe(PathItem.HttpMethod method, String path, Operation operation) {
        // The admin calls (rebuilds, the master key's re-wrap) are operations: no event, no idempotency key.
        boolean command = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && !path.startsWith("/api/v1/admin/");
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.responses(responses);
        if (command) {
            operation.addParametersItem(new Parameter().$ref("#/components/parameters/" + IDEMPOTENCY_KEY));
            responses.forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.addHeaderObject(EVENT_POSITION, new Header().$ref("#/components/headers/" + EVENT_POSITION));
                }
            });
        }
        ANY_CALL.forEach((status, description) -> problem(responses, status, description));
        if (command) {
            COMMANDS_ONLY.forEach((status, description) -> problem(responses, status, description));
        }
        return command;
    }

    private static void problem(ApiResponses responses, String status, String description) {
        ApiResponse existing = responses.get(status);
        ApiResponse response = existing == null ? new ApiResponse().description(description) : existing;
        response.content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        responses.addApiResponse(status, response);
    }

    @SuppressWarnings("rawtypes")
    private static Schema problem() {
        return new ObjectSchema()
                .description("RFC 9457 problem details. Rules may add their own members (such as the conflicting "
                        + "ids), named in the problem's detail.")
                .addProperty("type", new StringSchema().pattern("^urn:talent:problem:[a-z0-9-]+$")
                        .description("What went wrong, stable: urn:talent:problem:<name> (docs/interfaces.md)."))
                .addProperty("title", new StringSchema().description("A short summary of the type."))
                .addProperty("status", new IntegerSchema().minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", new StringSchema().description("This occurrence, for a person to read."))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addRequiredItem("type").addRequiredItem("title").addRequiredItem("status");
    }
}
