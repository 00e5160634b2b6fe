package io.talentplatform.query.audit;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The streams an auditor can read (INTERFACES.md): the path's type, and the aggregate that keeps that stream. */
enum AuditedStream {
    EMPLOYEE("employee", "Employee", UnaryOperator.identity()),
    CONVERSATION("conversation", "CareerConversation", UnaryOperator.identity()),
    CONTRACT("contract", "DevelopmentContract", UnaryOperator.identity()),
    ROLE("role", "Role", id -> "role:" + id),
    OPENING("opening", "Opening", UnaryOperator.identity()),
    TALENT_POOL("talent-pool", "NamedTalentPool", id -> "talent-pool:" + id);

    private final String path;
    private final String aggregateType;
    private final UnaryOperator<String> aggregateId;

    AuditedStream(String path, String aggregateType, UnaryOperator<String> aggregateId) {
        this.path = path;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
    }

    static Optional<AuditedStream> ofPath(String path) {
        return Arrays.stream(values()).filter(stream -> stream.path.equals(path)).findFirst();
    }

    static String paths() {
        return String.join(", ", Arrays.stream(values()).map(stream -> stream.path).toList());
    }

    /** The stream kept by aggregates of {@code aggregateType}. */
    static AuditedStream ofAggregateType(String aggregateType) {
        return Arrays.stream(values()).filter(stream -> stream.aggregateType.equals(aggregateType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no audited stream of " + aggregateType));
    }

    String path() {
        return path;
    }

    /** The id the API names the stream by, from its aggregate identifier (the inverse of {@link #aggregateId}). */
    String id(String aggregateIdentifier) {
        String prefix = aggregateId("");
        return aggregateIdentifier.startsWith(prefix) ? aggregateIdentifier.substring(prefix.length())
                : aggregateIdentifier;
    }

    String aggregateType() {
        return aggregateType;
    }

    /** The aggregate identifier in the event store of the stream the API names {@code id}. */
    String aggregateId(String id) {
        return aggregateId.apply(id);
    }
}
