package io.talentplatform.platform.testing.input;

import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Role;
import io.talentplatform.platform.security.TokenMint;
import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Requests that are each wrong in at least one way, generated from the platform's own OpenAPI document with a
 * seeded {@link Random}: the same seed gives the same requests. Every request starts from a well-formed one (known
 * ids, a body that fits the schema, a token of a role the endpoint allows) and then gets one defect, so a 2xx answer
 * means the platform accepted something it should not have.
 */
public final class BadRequests {

    /** What is wrong with a request. */
    public enum Defect {
        MISSING_FIELD, WRONG_TYPE, NULL_FIELD, UNKNOWN_FIELD, ABSURD_DATE, ABSURD_NUMBER, NOT_AN_OBJECT,
        INVALID_JSON, EMPTY_BODY, HUGE_BODY, DEEP_NESTING, WRONG_CONTENT_TYPE, LONG_IDEMPOTENCY_KEY,
        BAD_PERCENT_IN_PATH, CONTROL_CHARACTER_IN_PATH, BAD_PERCENT_IN_QUERY, WRONG_TYPE_IN_QUERY, UNKNOWN_ID,
        WRONG_METHOD, NO_TOKEN, EXPIRED_TOKEN, FOREIGN_TOKEN, TAMPERED_TOKEN, MALFORMED_TOKEN, ROLE_NOT_ALLOWED
    }

    /** One operation of the OpenAPI document. */
    public record Operation(String method, String path, List<Parameter> parameters, JsonNode bodySchema) {

        public boolean needsToken() {
            return !path.startsWith("/api/v1/dev/");
        }
    }

    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final TokenMint FOREIGN = new TokenMint(TokenMint.newKeyPair());

    private final JsonNode components;
    private final Map<String, String> knownIds;
    private final Random random;
    private final Map<String, List<String>> methodsOf = new LinkedHashMap<>();

    /**
     * @param knownIds a value for each path parameter name that names something that exists (employeeId, roleId,
     *                 conversationId, ...), so that a request fails for its defect and not for an unknown id
     */
    public BadRequests(JsonNode openApi, Map<String, String> knownIds, long seed) {
        this.components = openApi.path("components").path("schemas");
        this.knownIds = knownIds;
        this.random = new Random(seed);
        operations(openApi).forEach(operation -> methodsOf.computeIfAbsent(operation.path(), path -> new ArrayList<>())
                .add(operation.method()));
    }

    public static List<Operation> operations(JsonNode openApi) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : method.getValue().path("parameters")) {
                    parameters.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
                            parameter.path("required").asBoolean(false), parameter.path("schema")));
                }
                JsonNode body = method.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), parameters,
                        body.isMissingNode() ? null : body));
            }
        }
        return operations;
    }

    /** The defects that can be applied to an operation. */
    public List<Defect> defectsFor(Operation operation) {
        List<Defect> defects = new ArrayList<>();
        boolean body = operation.bodySchema() != null;
        ObjectNode sample = body ? sampleBody(operation) : null;
        if (body) {
            defects.addAll(List.of(Defect.WRONG_TYPE, Defect.UNKNOWN_FIELD, Defect.NOT_AN_OBJECT, Defect.INVALID_JSON,
                    Defect.EMPTY_BODY, Defect.HUGE_BODY, Defect.DEEP_NESTING, Defect.WRONG_CONTENT_TYPE));
            if (!required(operation).isEmpty()) {
                defects.addAll(List.of(Defect.MISSING_FIELD, Defect.NULL_FIELD));
            }
            if (!fieldsOf(operation, "date", "date-time").isEmpty()) {
                defects.add(Defect.ABSURD_DATE);
            }
            if (!fieldsOf(operation, "integer", "number").isEmpty()) {
                defects.add(Defect.ABSURD_NUMBER);
            }
            if (operation.needsToken() && sample != null) {
                defects.add(Defect.LONG_IDEMPOTENCY_KEY);
            }
        }
        boolean pathParameters = operation.parameters().stream().anyMatch(p -> p.in().equals("path"));
        if (pathParameters) {
            defects.addAll(List.of(Defect.BAD_PERCENT_IN_PATH, Defect.CONTROL_CHARACTER_IN_PATH));
            if (operation.needsToken()) {
                defects.add(Defect.UNKNOWN_ID);
            }
        }
        if (operation.needsToken() || body) {
            defects.add(Defect.BAD_PERCENT_IN_QUERY);
        }
        if (operation.parameters().stream().anyMatch(p -> p.in().equals("query") && typed(p))) {
            defects.add(Defect.WRONG_TYPE_IN_QUERY);
        }
        if (operation.needsToken()) {
            defects.addAll(List.of(Defect.WRONG_METHOD, Defect.NO_TOKEN, Defect.EXPIRED_TOKEN, Defect.FOREIGN_TOKEN,
                    Defect.TAMPERED_TOKEN, Defect.MALFORMED_TOKEN));
            if (!rolesNotAllowed(operation).isEmpty()) {
                defects.add(Defect.ROLE_NOT_ALLOWED);
            }
        }
        return defects;
    }

    /** A request to {@code operation} that is wrong by {@code defect}, and only by it as far as can be helped. */
    public RawHttp.Request make(Operation operation, Defect defect) {
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, String> path = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                path.put(parameter.name(), knownIds.getOrDefault(parameter.name(), "E-known"));
            }
        }
        List<String> query = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("query") && parameter.required()) {
                query.add(parameter.name() + "=" + sampleQueryValue(parameter));
            }
        }
        String contentType = "application/json";
        byte[] body = null;
        ObjectNode sample = operation.bodySchema() == null ? null : sampleBody(operation);
        if (sample != null) {
            body = bytes(sample);
        }
        String token = operation.needsToken() ? allowedToken(operation) : null;
        String method = operation.method();

        switch (defect) {
            case MISSING_FIELD -> sample.remove(pick(required(operation)));
            case NULL_FIELD -> sample.putNull(pick(required(operation)));
            case WRONG_TYPE -> {
                String field = pick(new ArrayList<>(properties(operation).keySet()));
                sample.set(field, wrongType(properties(operation).get(field)));
            }
            case UNKNOWN_FIELD -> sample.put("unexpected" + random.nextInt(1000), "surplus");
            case ABSURD_DATE -> sample.put(pick(fieldsOf(operation, "date", "date-time")),
                    pick(List.of("2026-02-30", "2026-13-01", "+999999999999-01-01", "0000-00-00", "yesterday",
                            "2026-11-23T25:61:00Z", "2026-11-23T10:00:00+25:00")));
            case ABSURD_NUMBER -> sample.set(pick(fieldsOf(operation, "integer", "number")),
                    JSON.readTree(pick(List.of("1e400", "99999999999999999999999", "-99999999999999999999999",
                            "\"NaN\"", "\"12abc\"", "true"))));
            default -> {
            }
        }
        if (sample != null) {
            body = bytes(sample);
        }
        switch (defect) {
            case NOT_AN_OBJECT -> body = pick(List.of("[1,2,3]", "\"text\"", "42", "null", "true"))
                    .getBytes(StandardCharsets.UTF_8);
            case INVALID_JSON -> body = pick(List.of("{", "{\"a\":}", "{'single':'quotes'}", "{\"a\":1,,}",
                    "\u0000\u0001", "{\"a\":\"\\uZZZZ\"}", "<xml/>", "{\"a\":1}}")).getBytes(StandardCharsets.UTF_8);
            case EMPTY_BODY -> body = new byte[0];
            case HUGE_BODY -> body = ("{\"padding\":\"" + "x".repeat(70_000 + random.nextInt(200_000)) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            case DEEP_NESTING -> {
                int depth = 2_000 + random.nextInt(20_000);
                body = ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8);
            }
            case WRONG_CONTENT_TYPE -> contentType = pick(List.of("text/plain", "application/xml",
                    "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
                    "application/json; charset=nope",
                    "image/png"));
            case LONG_IDEMPOTENCY_KEY -> headers.put("Idempotency-Key", "k".repeat(256 + random.nextInt(2_000)));
            case BAD_PERCENT_IN_PATH -> {
                String name = pick(new ArrayList<>(path.keySet()));
                path.put(name, pick(List.of("%%%", "%zz", "%C3%28", "%E2%82", "abc%", "%GG%HH", "%c0%af")));
            }
            case CONTROL_CHARACTER_IN_PATH -> {
                String name = pick(new ArrayList<>(path.keySet()));
                path.put(name, pick(List.of("a\u0001b", "a\u007fb", "\u0000", "a\tb", "a\"b", "a<b>", "a{b}")));
            }
            case BAD_PERCENT_IN_QUERY -> query.add(pick(List.of("cursor=%%%", "x=%zz", "limit=%C3%28", "%=1",
                    "minPosition=%E2%82", "a=%")));
            case WRONG_TYPE_IN_QUERY -> {
                Parameter parameter = pick(operation.parameters().stream()
                        .filter(p -> p.in().equals("query") && typed(p)).toList());
                query.removeIf(value -> value.startsWith(parameter.name() + "="));
                query.add(parameter.name() + "=" + absurdQueryValue(parameter));
            }
            case UNKNOWN_ID -> {
                String name = pick(new ArrayList<>(path.keySet()));
                boolean uuid = operation.parameters().stream()
                        .anyMatch(p -> p.name().equals(name) && "uuid".equals(p.schema().path("format").asString()));
                path.put(name, uuid ? UUID.randomUUID().toString() : "unknown-" + random.nextInt(1_000_000));
            }
            case WRONG_METHOD -> method = pick(Arrays.stream(new String[]{"PATCH", "PUT", "DELETE", "POST", "GET"})
                    .filter(m -> !methodsOf.getOrDefault(operation.path(), List.of()).contains(m)).toList());
            case NO_TOKEN -> token = null;
            case EXPIRED_TOKEN -> token = TestInfrastructure.tokens().mint("HR-1", List.of("HR", "AUDITOR", "PANEL"),
                    Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1));
            case FOREIGN_TOKEN -> token = FOREIGN.mint("HR-1", List.of("HR"), Duration.ofHours(1));
            case TAMPERED_TOKEN -> token = tampered(token);
            case MALFORMED_TOKEN -> token = pick(List.of("", "abc", "a.b.c", "Basic dXNlcjpwYXNz", "null",
                    token + "!"));
            case ROLE_NOT_ALLOWED -> token = TestInfrastructure.token(knownIds.get("employeeId"),
                    pick(rolesNotAllowed(operation)).name());
            default -> {
            }
        }
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (body != null) {
            headers.put("Content-Type", contentType);
        }
        String target = operation.path();
        for (Map.Entry<String, String> parameter : path.entrySet()) {
            target = target.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        if (!query.isEmpty()) {
            target += "?" + String.join("&", query);
        }
        return new RawHttp.Request(method, target, headers, body);
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String allowedToken(Operation operation) {
        List<Role> allowed = rolesAllowed(operation);
        Role role = allowed.isEmpty() ? Role.HR : pick(allowed);
        String subject = role == Role.MANAGER ? knownIds.get("managerId") : role == Role.EMPLOYEE
                ? knownIds.get("employeeId") : role.name() + "-1";
        return TestInfrastructure.token(subject, role.name());
    }

    private static List<Role> rolesAllowed(Operation operation) {
        return Arrays.stream(Access.values())
                .filter(access -> access.method().equals(operation.method()) && access.path().equals(operation.path()))
                .flatMap(access -> access.grants().stream().map(grant -> grant.role()))
                .distinct().toList();
    }

    private static List<Role> rolesNotAllowed(Operation operation) {
        List<Role> allowed = rolesAllowed(operation);
        if (allowed.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(Role.values()).filter(role -> !allowed.contains(role)).toList();
    }

    /** The same token with its payload changed (more roles), so its signature no longer fits. */
    private static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceFirst("\"roles\":\\[", "\"roles\":[\"HR\",\"AUDITOR\",");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private ObjectNode sampleBody(Operation operation) {
        JsonNode value = sample(resolve(operation.bodySchema()), 0);
        return value instanceof ObjectNode object ? object : null;
    }

    private Map<String, JsonNode> properties(Operation operation) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        resolve(operation.bodySchema()).path("properties").properties()
                .forEach(entry -> properties.put(entry.getKey(), resolve(entry.getValue())));
        return properties;
    }

    private List<String> required(Operation operation) {
        List<String> required = new ArrayList<>();
        resolve(operation.bodySchema()).path("required").forEach(name -> required.add(name.asString()));
        return required;
    }

    /** The body's fields of one of the given types or formats. */
    private List<String> fieldsOf(Operation operation, String... typesOrFormats) {
        List<String> kinds = List.of(typesOrFormats);
        return properties(operation).entrySet().stream()
                .filter(entry -> kinds.contains(entry.getValue().path("type").asString())
                        || kinds.contains(entry.getValue().path("format").asString()))
                .map(Map.Entry::getKey).collect(Collectors.toList());
    }

    private JsonNode resolve(JsonNode schema) {
        String reference = schema.path("$ref").asString("");
        return reference.isEmpty() ? schema : components.path(reference.substring(reference.lastIndexOf('/') + 1));
    }

    /** A value that fits the schema. */
    private JsonNode sample(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        String type = schema.path("type").asString("object");
        String format = schema.path("format").asString("");
        return switch (type) {
            case "string" -> switch (format) {
                case "date" -> NODES.stringNode(LocalDate.now().plusDays(7).toString());
                case "date-time" -> NODES.stringNode(Instant.now().plus(Duration.ofDays(7)).toString());
                case "uuid" -> NODES.stringNode(UUID.randomUUID().toString());
                default -> NODES.stringNode("a sample");
            };
            case "integer" -> NODES.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(sample(schema.path("items"), depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    schema.path("properties").properties()
                            .forEach(entry -> object.set(entry.getKey(), sample(entry.getValue(), depth + 1)));
                }
                yield object;
            }
        };
    }

    /** A value of another JSON type than the schema's, one Jackson does not coerce. */
    private JsonNode wrongType(JsonNode schema) {
        String type = schema.has("enum") ? "enum" : schema.path("type").asString("object");
        return switch (type) {
            case "enum" -> NODES.stringNode("NOT_ONE_OF_THEM");
            case "string" -> pick(List.of(NODES.objectNode().put("a", 1), NODES.arrayNode().add(1)));
            case "integer", "number" -> pick(List.of(NODES.stringNode("many"), NODES.objectNode(),
                    NODES.arrayNode()));
            case "boolean" -> pick(List.of(NODES.stringNode("maybe"), NODES.objectNode(), NODES.arrayNode()));
            case "array" -> pick(List.of(NODES.stringNode("one"), NODES.objectNode().put("a", 1)));
            default -> pick(List.of(NODES.stringNode("text"), NODES.arrayNode().add(1)));
        };
    }

    private static boolean typed(Parameter parameter) {
        String type = parameter.schema().path("type").asString("");
        return type.equals("integer") || type.equals("number")
                || parameter.schema().path("format").asString("").startsWith("date");
    }

    private String sampleQueryValue(Parameter parameter) {
        return switch (parameter.schema().path("format").asString("")) {
            case "date" -> LocalDate.now().toString();
            case "date-time" -> Instant.now().toString();
            default -> parameter.schema().path("type").asString("").equals("integer") ? "1" : "sample";
        };
    }

    private String absurdQueryValue(Parameter parameter) {
        if (parameter.schema().path("format").asString("").startsWith("date")) {
            return pick(List.of("not-a-date", "2026-02-30", "2026-13-01T00:00:00Z", "%2B999999999999-01-01", "0"));
        }
        return pick(List.of("abc", "99999999999999999999999", "-99999999999999999999", "1.5e999", "NaN", "12abc",
                "1.5"));
    }

    private static byte[] bytes(JsonNode node) {
        return JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
    }

    /** What is wrong with an answer to a bad request, or null when it is a 4xx problem+json. */
    public static String wrongAnswer(RawHttp.Response response) {
        if (response.status() < 400 || response.status() >= 500) {
            return "not a 4xx: " + abbreviate(response.body());
        }
        String contentType = response.header("Content-Type");
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return "content type " + contentType + ": " + abbreviate(response.body());
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (problem.path("status").asInt() != response.status() || problem.path("type").asString("").isEmpty()
                    || problem.path("title").asString("").isEmpty()) {
                return "incomplete problem: " + abbreviate(response.body());
            }
        } catch (RuntimeException e) {
            return "not JSON: " + abbreviate(response.body());
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    /**
     * Ids of things that exist, for the well-formed starting points: a manager, a report, a role with an opening, a
     * conversation and a contract with a commitment, registered through the API on {@code port}.
     */
    public static Map<String, String> knownIds(int port) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String manager = "M-" + suffix;
        String employee = "E-" + suffix;
        String role = "R-" + suffix;
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Http hr = Http.at(port).as("HR-1", "HR");
        // The role below needs it; the standalone's starter catalogue has it, a bare command service's may not.
        int catalogued = hr.post("/api/v1/capabilities",
                "{\"capabilityId\":\"distributed-systems\",\"label\":\"Distributed systems\"}").status();
        if (catalogued != 201 && catalogued != 409) {
            throw new IllegalStateException("could not put distributed-systems in the catalogue: " + catalogued);
        }
        Http grace = Http.at(port).as(manager, "MANAGER");
        hr.post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"Grace","jobTitle":"Engineering Manager","level":"M1",
                 "function":"Engineering"}""".formatted(manager)).ok().json();
        hr.post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"Ada","jobTitle":"Senior Engineer","level":"L5",
                 "function":"Engineering","managerId":"%s"}""".formatted(employee, manager)).ok().json();
        hr.post("/api/v1/roles", """
                {"roleId":"%s","title":"Staff Engineer","function":"Engineering","level":"L6","critical":true,
                 "roleFamily":"staff-engineering","requiredCapabilities":[{"capability":"distributed-systems",
                 "minLevel":4}]}""".formatted(role)).ok().json();
        String opening = hr.post("/api/v1/roles/" + role + "/openings",
                "{\"openedOn\":\"%s\",\"internalOnly\":false}".formatted(today)).ok().json().get("openingId").asString();
        String conversation = grace.post("/api/v1/conversations", """
                {"employeeId":"%s","kind":"FULL","trigger":"QUARTERLY","scheduledFor":"%sT10:00:00Z",
                 "plannedMinutes":90}""".formatted(employee, LocalDate.now(ZoneOffset.UTC).plusDays(3))).ok().json()
                .get("conversationId").asString();
        String contract = grace.post("/api/v1/contracts", """
                {"employeeId":"%s","goal":"lead cross-team initiatives","evidenceOfSuccess":"a design review",
                 "reviewCadence":"MONTHLY","nextReviewOn":"%s","openQuestions":[]}"""
                .formatted(employee, LocalDate.now(ZoneOffset.UTC).plusDays(30))).ok().json().get("contractId").asString();
        String commitment = grace.post("/api/v1/contracts/" + contract + "/commitments", """
                {"owner":"MANAGER","description":"introduce Ada to the platform architect","dueOn":"%s",
                 "kind":"INTRODUCTION"}""".formatted(LocalDate.now(ZoneOffset.UTC).plusDays(14))).ok().json()
                .get("commitmentId").asString();
        grace.post("/api/v1/employees/" + employee + "/readiness", """
                {"roleId":"%s","readiness":"READY_3_PLUS","rationale":"needs more scope"}""".formatted(role)).ok();
        String contest = Http.at(port).as(employee, "EMPLOYEE").post("/api/v1/employees/" + employee + "/contests",
                "{\"subject\":{\"kind\":\"READINESS\",\"id\":\"%s\"},\"reason\":\"I disagree\"}".formatted(role))
                .ok().json().get("contestId").asString();
        String capability = "capability-" + suffix;
        hr.post("/api/v1/capabilities", "{\"capabilityId\":\"%s\",\"label\":\"A capability\"}".formatted(capability))
                .ok();
        String pool = "pool-" + suffix;
        hr.post("/api/v1/talent-pools", """
                {"poolId":"%s","name":"Future leads","confidential":false}""".formatted(pool)).ok();
        return Map.ofEntries(Map.entry("employeeId", employee), Map.entry("managerId", manager),
                Map.entry("poolId", pool),
                Map.entry("capabilityId", capability),
                Map.entry("roleId", role), Map.entry("openingId", opening),
                Map.entry("conversationId", conversation), Map.entry("contractId", contract),
                Map.entry("commitmentId", commitment), Map.entry("contestId", contest),
                Map.entry("name", "career-capital"), Map.entry("segment", "0"),
                Map.entry("type", "employee"), Map.entry("id", employee));
    }
}
