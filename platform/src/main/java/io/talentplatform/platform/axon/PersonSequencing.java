package io.talentplatform.platform.axon;

import io.talentplatform.events.contract.CommitmentMade;
import io.talentplatform.events.conversation.ConversationHeld;
import io.talentplatform.events.pool.TalentPoolMemberNominated;
import io.talentplatform.events.pool.TalentPoolMemberRemoved;
import io.talentplatform.events.role.SuccessorNominated;
import io.talentplatform.events.role.SuccessorReassessed;
import io.talentplatform.events.role.SuccessorRemoved;
import io.talentplatform.platform.readmodel.ReadModel;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sequences every event about one person's career with that person's own stream: their conversations, their
 * development contracts, and the slate and talent-pool changes that name them, besides the Employee events themselves.
 *
 * <p>A read model keyed by person is written by events of several aggregates: a slate row carries whether its
 * successor is still employed (a departure clears it, a nomination copies it), an erasure overwrites the texts that
 * conversation and contract events wrote, a quarterly deadline of any of a person's conversations moves their one
 * row. Sequenced per aggregate, such events land in different segments that run in separate transactions, in either
 * order or at once: a nomination racing a departure kept {@code employed = true}, a commitment committed just after
 * the erasure's update kept its text, and a rebuild differed from the live run. Keyed by the employee (whose
 * aggregate identifier is the employee id) they are applied by one segment in the order of the log. Each of those
 * aggregates belongs to one person, so its own events stay in order; every other event keeps Axon's per-aggregate
 * default (an opening's fill names a person but belongs with its opening).
 *
 * <p>The query side waits for "processed up to position N" per segment, so it must know which segment an event went
 * to: {@link #SEQUENCE_KEY_SQL} is the same rule over Axon's event table. Changing a processor's policy moves events
 * between segments, so the processors named here are rebuilt when they adopt it (V3_10).
 */
public final class PersonSequencing implements SequencingPolicy<EventMessage<?>> {

    /** The bean a processor names in {@code axon.eventhandling.processors.<name>.sequencing-policy}. */
    public static final String BEAN = "personSequencing";
    /** The processors configured with this policy: the read models that declare it. */
    public static final Set<String> PROCESSORS = Arrays.stream(ReadModel.values())
            .filter(ReadModel::personSequenced).map(ReadModel::processor)
            .collect(Collectors.toUnmodifiableSet());

    private static final Set<String> PERSONAL_PACKAGES =
            Set.of(ConversationHeld.class.getPackageName(), CommitmentMade.class.getPackageName());
    private static final Set<String> SLATE_CHANGES = Set.of(SuccessorNominated.class.getName(),
            SuccessorReassessed.class.getName(), SuccessorRemoved.class.getName(),
            TalentPoolMemberNominated.class.getName(), TalentPoolMemberRemoved.class.getName());

    /** The sequence identifier of a row of {@code domainevententry}. */
    public static final String SEQUENCE_KEY_SQL = "CASE WHEN "
            + PERSONAL_PACKAGES.stream().sorted().map(name -> "payloadtype LIKE '" + name + ".%'")
                    .collect(Collectors.joining(" OR "))
            + " OR payloadtype IN (" + SLATE_CHANGES.stream().sorted().map(name -> "'" + name + "'")
                    .collect(Collectors.joining(", "))
            + ") THEN coalesce(convert_from(payload, 'UTF8')::jsonb ->> 'employeeId', aggregateidentifier)"
            + " ELSE aggregateidentifier END";

    private static final Function<Object, Object> NOT_PERSONAL = payload -> null;

    /** Reads {@code employeeId()} of a person's event; {@link #NOT_PERSONAL} for any other type. */
    private static final ClassValue<Function<Object, Object>> PERSON = new ClassValue<>() {
        @Override
        protected Function<Object, Object> computeValue(Class<?> type) {
            boolean personal = PERSONAL_PACKAGES.contains(type.getPackageName())
                    || SLATE_CHANGES.contains(type.getName());
            RecordComponent employee = !personal || !type.isRecord() ? null : Arrays.stream(type.getRecordComponents())
                    .filter(component -> component.getName().equals("employeeId")).findFirst().orElse(null);
            if (employee == null) {
                return NOT_PERSONAL;
            }
            return payload -> {
                try {
                    return employee.getAccessor().invoke(payload);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read employeeId of " + type.getName(), e);
                }
            };
        }
    };

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        // Every segment's thread asks this of every event, and a stored event's type is known before its payload is
        // read: only a person's events are deserialized (and their sealed fields opened) here.
        Class<?> type = event.getPayloadType();
        Function<Object, Object> person = type == null ? NOT_PERSONAL : PERSON.get(type);
        Object payload = person == NOT_PERSONAL ? null : event.getPayload();
        Object employee = payload == null ? null : person.apply(payload);
        return employee != null ? employee : SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
