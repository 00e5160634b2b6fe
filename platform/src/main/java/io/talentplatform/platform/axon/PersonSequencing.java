package io.talentplatform.platform.axon;

import io.talentplatform.events.contract.CommitmentMade;
import io.talentplatform.events.conversation.ConversationHeld;
import io.talentplatform.events.pool.TalentPoolMemberNominated;
import io.talentplatform.events.pool.TalentPoolMemberRemoved;
import io.talentplatform.events.role.OpportunityAgreed;
import io.talentplatform.events.role.OpportunityApplied;
import io.talentplatform.events.role.SuccessorNominated;
import io.talentplatform.events.role.SuccessorReassessed;
import io.talentplatform.events.role.SuccessorRemoved;
import io.talentplatform.platform.readmodel.ReadModel;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 * <p>A read model may key more of an aggregate's events by person, where it reads the person's row for them and no
 * other of its rows for that aggregate: the follow-through's item asking a manager to agree to a gig reads who the
 * person's manager is when the person asks. Keyed by the opening, the ask raced the person's registration and a
 * rebuild's inbox differed from the live one. The talent pool keeps them with their opening, whose seats they count.
 *
 * <p>The query side waits for "processed up to position N" per segment, so it must know which segment an event went
 * to: {@link #sequenceKeySql()} is the same rule over Axon's event table. Changing a processor's policy moves events
 * between segments, so the processors named here are rebuilt when they adopt it (V3_10, V3_44).
 */
public final class PersonSequencing implements SequencingPolicy<EventMessage<?>> {

    private static final Set<String> PERSONAL_PACKAGES =
            Set.of(ConversationHeld.class.getPackageName(), CommitmentMade.class.getPackageName());
    private static final Set<Class<?>> SLATE_CHANGES = Set.of(SuccessorNominated.class, SuccessorReassessed.class,
            SuccessorRemoved.class, TalentPoolMemberNominated.class, TalentPoolMemberRemoved.class);
    /** The events a read model keys by person beyond every person-sequenced read model's. */
    private static final Map<ReadModel, Set<Class<?>>> OWN = Map.of(
            ReadModel.FOLLOW_THROUGH, Set.of(OpportunityApplied.class, OpportunityAgreed.class));

    private static final Map<ReadModel, PersonSequencing> BY_READ_MODEL = Arrays.stream(ReadModel.values())
            .filter(ReadModel::personSequenced)
            .collect(Collectors.toUnmodifiableMap(model -> model,
                    model -> new PersonSequencing(OWN.getOrDefault(model, Set.of()))));
    private static final PersonSequencing ANY = new PersonSequencing(
            OWN.values().stream().flatMap(Set::stream).collect(Collectors.toUnmodifiableSet()));

    private static final Function<Object, Object> NOT_PERSONAL = payload -> null;

    private final Set<String> personalTypes;
    private final String sequenceKeySql;
    /** Reads {@code employeeId()} of a person's event; {@link #NOT_PERSONAL} for any other type. */
    private final ClassValue<Function<Object, Object>> person = new ClassValue<>() {
        @Override
        protected Function<Object, Object> computeValue(Class<?> type) {
            RecordComponent employee = !personal(type.getName()) || !type.isRecord() ? null
                    : Arrays.stream(type.getRecordComponents())
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

    private PersonSequencing(Set<Class<?>> own) {
        this.personalTypes = Stream.concat(SLATE_CHANGES.stream(), own.stream()).map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        this.sequenceKeySql = "CASE WHEN "
                + PERSONAL_PACKAGES.stream().sorted().map(name -> "payloadtype LIKE '" + name + ".%'")
                        .collect(Collectors.joining(" OR "))
                + " OR payloadtype IN (" + personalTypes.stream().map(name -> "'" + name + "'")
                        .collect(Collectors.joining(", "))
                + ") THEN coalesce(convert_from(payload, 'UTF8')::jsonb ->> 'employeeId', aggregateidentifier)"
                + " ELSE aggregateidentifier END";
    }

    /** The policy of a read model's processor; empty where it keeps Axon's per-aggregate default. */
    public static Optional<PersonSequencing> of(ReadModel model) {
        return Optional.ofNullable(BY_READ_MODEL.get(model));
    }

    /**
     * Keys by person every event that any read model keys by person: statements batched across read models that keep
     * this order keep each read model's (BatchedWrites).
     */
    public static PersonSequencing ofAnyReadModel() {
        return ANY;
    }

    /** The sequence identifier of a row of {@code domainevententry} in {@code processor}'s segments. */
    public static String sequenceKeySql(String processor) {
        return ReadModel.ofProcessor(processor).flatMap(PersonSequencing::of)
                .map(PersonSequencing::sequenceKeySql).orElse("aggregateidentifier");
    }

    /** The sequence identifier of a row of {@code domainevententry}, as this policy gives it. */
    public String sequenceKeySql() {
        return sequenceKeySql;
    }

    private boolean personal(String typeName) {
        int dot = typeName.lastIndexOf('.');
        return personalTypes.contains(typeName) || dot > 0 && PERSONAL_PACKAGES.contains(typeName.substring(0, dot));
    }

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        // Every segment's thread asks this of every event, and a stored event's type is known before its payload is
        // read: only a person's events are deserialized (and their sealed fields opened) here.
        Class<?> type = event.getPayloadType();
        Function<Object, Object> reader = type == null ? NOT_PERSONAL : person.get(type);
        Object payload = reader == NOT_PERSONAL ? null : event.getPayload();
        Object employee = payload == null ? null : reader.apply(payload);
        return employee != null ? employee : SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
