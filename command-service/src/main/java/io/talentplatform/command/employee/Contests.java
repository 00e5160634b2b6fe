package io.talentplatform.command.employee;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.talentplatform.events.employee.CapabilityEvidenceWithdrawn;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.ContestAnswered;
import io.talentplatform.events.employee.ContestOutcome;
import io.talentplatform.events.employee.ContestedRecord;
import io.talentplatform.events.employee.EvidenceSource;
import io.talentplatform.events.employee.EvidenceVisibility;
import io.talentplatform.events.employee.ReadinessAssessed;
import io.talentplatform.events.employee.ReadinessWithdrawn;
import io.talentplatform.events.employee.RecordContested;
import io.talentplatform.events.employee.RelationshipMapped;
import io.talentplatform.events.employee.RelationshipWithdrawn;
import io.talentplatform.command.employee.EmployeeCommands.AnswerContest;
import io.talentplatform.command.employee.EmployeeCommands.ContestRecord;
import io.talentplatform.platform.problem.RuleViolation;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The person's voice on what is recorded about them (DOMAIN.md, "Contest"): which evidence items, readiness
 * assessments and relationships stand and can be contested, and which contests await their manager's answer. It
 * keeps no personal text, so snapshots stay free of it. A member of the {@link Employee} aggregate.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Contests {

    /** Standing evidence, with what an amendment copies from it. */
    private final Map<UUID, Evidence> evidence = new HashMap<>();
    /** Standing readiness assessments by {@link #target(String, String)}. */
    private final Set<String> readiness = new HashSet<>();
    private final Set<UUID> relationships = new HashSet<>();
    /** Open contests, and the subjects they are about (one open contest a subject). */
    private final Map<UUID, Subject> open = new HashMap<>();

    void contest(ContestRecord command) {
        Subject subject = new Subject(command.subject(), standing(command.subject(), command.subjectId()));
        if (subject.kind() == ContestedRecord.EVIDENCE
                && evidence.get(UUID.fromString(subject.id())).source() == EvidenceSource.SELF) {
            throw RuleViolation.unprocessable("own-evidence",
                    "This evidence is your own (SELF): record new evidence instead of contesting it.");
        }
        if (open.containsValue(subject)) {
            throw RuleViolation.conflict("already-contested", "This " + noun(subject.kind())
                    + " is contested already; the contest awaits your manager's answer.");
        }
        apply(new RecordContested(command.employeeId(), command.contestId(), subject.kind(), subject.id(),
                command.reason()));
    }

    /** @return the evidence item an amendment recorded, or {@code null} */
    UUID answer(AnswerContest command) {
        Subject subject = open.get(command.contestId());
        if (subject == null) {
            throw RuleViolation.conflict("contest-answered", "Contest " + command.contestId()
                    + " was answered already.");
        }
        String employeeId = command.employeeId();
        ContestOutcome outcome = command.outcome();
        if (outcome == ContestOutcome.AMENDED) {
            requireAmendment(subject.kind(), command);
        }
        apply(new ContestAnswered(employeeId, command.contestId(), subject.kind(), subject.id(), outcome,
                command.note(), command.answeredBy()));
        if (outcome == ContestOutcome.UPHELD) {
            return null;
        }
        switch (subject.kind()) {
            case EVIDENCE -> {
                UUID evidenceId = UUID.fromString(subject.id());
                Evidence was = evidence.get(evidenceId);
                if (outcome == ContestOutcome.WITHDRAWN) {
                    apply(new CapabilityEvidenceWithdrawn(employeeId, evidenceId, was.capability(),
                            command.contestId()));
                    return null;
                }
                apply(new CapabilityEvidenced(employeeId, command.amendedEvidenceId(), was.capability(),
                        command.level(), command.note(), was.source(), was.observedOn(), was.conversationId(),
                        was.visibility(), was.catalogueVersion()));
                apply(new CapabilityEvidenceWithdrawn(employeeId, evidenceId, was.capability(),
                        command.contestId()));
                return command.amendedEvidenceId();
            }
            case READINESS -> {
                boolean forRole = readiness.contains(target(subject.id(), null));
                String roleId = forRole ? subject.id() : null;
                String roleFamily = forRole ? null : subject.id();
                if (outcome == ContestOutcome.WITHDRAWN) {
                    apply(new ReadinessWithdrawn(employeeId, roleId, roleFamily, command.contestId()));
                } else {
                    apply(new ReadinessAssessed(employeeId, roleId, roleFamily, command.readiness(), command.note(),
                            command.answeredBy()));
                }
            }
            case RELATIONSHIP -> apply(new RelationshipWithdrawn(employeeId, UUID.fromString(subject.id()),
                    command.contestId()));
        }
        return null;
    }

    /** The subject's id as the events spell it, once it is known to stand. */
    private String standing(ContestedRecord kind, String subjectId) {
        UUID id = uuid(subjectId);
        boolean stands = switch (kind) {
            case EVIDENCE -> id != null && evidence.containsKey(id);
            case READINESS -> readiness.contains(target(subjectId, null)) || readiness.contains(target(null, subjectId));
            case RELATIONSHIP -> id != null && relationships.contains(id);
        };
        if (!stands) {
            throw RuleViolation.unprocessable("unknown-contest-subject", "No " + noun(kind) + " " + subjectId
                    + " stands on this person's record.");
        }
        return kind == ContestedRecord.READINESS ? subjectId : id.toString();
    }

    private static void requireAmendment(ContestedRecord kind, AnswerContest command) {
        switch (kind) {
            case EVIDENCE -> {
                if (command.level() == null) {
                    throw RuleViolation.unprocessable("amendment-incomplete",
                            "An amended evidence item needs its corrected level.");
                }
            }
            case READINESS -> {
                if (command.readiness() == null) {
                    throw RuleViolation.unprocessable("amendment-incomplete",
                            "An amended readiness assessment needs its corrected readiness.");
                }
            }
            case RELATIONSHIP -> throw RuleViolation.unprocessable("relationship-not-amendable",
                    "A relationship is upheld or withdrawn; withdraw it and map the relationship as it is.");
        }
    }

    private static String noun(ContestedRecord kind) {
        return switch (kind) {
            case EVIDENCE -> "evidence item";
            case READINESS -> "readiness assessment";
            case RELATIONSHIP -> "relationship";
        };
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static String target(String roleId, String roleFamily) {
        return roleId != null ? "ROLE:" + roleId : "FAMILY:" + roleFamily;
    }

    @EventSourcingHandler
    void on(CapabilityEvidenced event) {
        evidence.put(event.evidenceId(), new Evidence(event.capability(), event.source(), event.observedOn(),
                event.conversationId(), event.visibility(), event.catalogueVersion()));
    }

    @EventSourcingHandler
    void on(CapabilityEvidenceWithdrawn event) {
        evidence.remove(event.evidenceId());
    }

    @EventSourcingHandler
    void on(ReadinessAssessed event) {
        readiness.add(target(event.roleId(), event.roleFamily()));
    }

    @EventSourcingHandler
    void on(ReadinessWithdrawn event) {
        readiness.remove(target(event.roleId(), event.roleFamily()));
    }

    @EventSourcingHandler
    void on(RelationshipMapped event) {
        relationships.add(event.relationshipId());
    }

    @EventSourcingHandler
    void on(RelationshipWithdrawn event) {
        relationships.remove(event.relationshipId());
    }

    @EventSourcingHandler
    void on(RecordContested event) {
        open.put(event.contestId(), new Subject(event.subject(), event.subjectId()));
    }

    @EventSourcingHandler
    void on(ContestAnswered event) {
        open.remove(event.contestId());
    }

    /** What an amendment of an evidence item keeps from it; its text is the manager's note instead. */
    record Evidence(String capability, EvidenceSource source, LocalDate observedOn, UUID conversationId,
                            EvidenceVisibility visibility, Long catalogueVersion) {
    }

    record Subject(ContestedRecord kind, String id) {
    }
}
