package io.talentplatform.platform.axon;

import io.talentplatform.events.role.SuccessorNominated;
import io.talentplatform.events.role.SuccessorReassessed;
import io.talentplatform.events.role.SuccessorRemoved;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sequences a slate change with the successor's own stream instead of the role's.
 *
 * <p>A slate row in the talent pool carries whether its successor is still employed, which a departure (an Employee
 * event) clears and a nomination (a Role event) copies from the person. Sequenced per aggregate, the two land in
 * different segments that run in separate transactions, in either order or at once, and a nomination racing the
 * departure kept {@code employed = true}: a rebuild then differed from the live run. Keyed by the employee, whose
 * aggregate identifier is the employee id, both are applied by one segment in the order of the log. The slate
 * changes of one (role, person) pair stay in order, which is all a slate row needs; every other event keeps Axon's
 * per-aggregate default.
 *
 * <p>The query side waits for "processed up to position N" per segment, so it must know which segment an event went
 * to: {@link #SEQUENCE_KEY_SQL} is the same rule over Axon's event table.
 */
public final class SlateSequencing implements SequencingPolicy<EventMessage<?>> {

    /** The bean a processor names in {@code axon.eventhandling.processors.<name>.sequencing-policy}. */
    public static final String BEAN = "slateSequencing";
    /** The processors configured with this policy (talent-projections.yml). */
    public static final Set<String> PROCESSORS = Set.of("talent-pool");

    private static final Set<Class<?>> SLATE_CHANGES =
            Set.of(SuccessorNominated.class, SuccessorReassessed.class, SuccessorRemoved.class);

    /** The sequence identifier of a row of {@code domainevententry}; every slate change names its employee. */
    public static final String SEQUENCE_KEY_SQL = "CASE WHEN payloadtype IN ("
            + SLATE_CHANGES.stream().map(type -> "'" + type.getName() + "'").sorted().collect(Collectors.joining(", "))
            + ") THEN convert_from(payload, 'UTF8')::jsonb ->> 'employeeId' ELSE aggregateidentifier END";

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof SuccessorNominated nominated) {
            return nominated.employeeId();
        }
        if (payload instanceof SuccessorReassessed reassessed) {
            return reassessed.employeeId();
        }
        if (payload instanceof SuccessorRemoved removed) {
            return removed.employeeId();
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
