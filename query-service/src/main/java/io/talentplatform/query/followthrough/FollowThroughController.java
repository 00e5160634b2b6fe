package io.talentplatform.query.followthrough;

import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.problem.Unknown;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.platform.security.Role;
import io.talentplatform.platform.security.Viewer;
import io.talentplatform.platform.time.PlatformClock;
import io.talentplatform.platform.web.Cursor;
import io.talentplatform.query.access.AccessLog;
import io.talentplatform.query.access.PersonRead;
import io.talentplatform.query.freshness.ProcessedPositions;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * "Where does the development contract stand?" for the person and their manager, and "where does every report stand,
 * and do I keep my commitments?" for a manager (and HR, who sees the structure but not the texts).
 */
@RestController
@Validated
class FollowThroughController {

    static final String READ_MODEL = ReadModel.Names.FOLLOW_THROUGH;

    private final FollowThroughReader reader;
    private final ContractReader contracts;
    private final ProcessedPositions positions;
    private final PlatformClock clock;
    private final AccessLog accessLog;

    FollowThroughController(FollowThroughReader reader, ContractReader contracts, ProcessedPositions positions,
                            PlatformClock clock, AccessLog accessLog) {
        this.reader = reader;
        this.contracts = contracts;
        this.positions = positions;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    /** The person's development contract, current or as a given revision: commitments, reviews and how they went. */
    @GetMapping("/api/v1/employees/{employeeId}/contract")
    ContractView contract(@PathVariable String employeeId, @RequestParam(required = false) @Min(0) Long minPosition,
                          Caller caller) {
        positions.awaitIfAsked(READ_MODEL, minPosition);
        String managerId = contracts.managerOf(employeeId).orElseThrow(() -> Unknown.employee(employeeId));
        PersonRead.authorize(Access.READ_CONTRACT, caller, employeeId, managerId);
        ContractView contract = contracts.openContract(employeeId, clock.today()).orElseThrow(() ->
                RuleViolation.notFound("no-open-contract", employeeId + " has no open development contract."));
        accessLog.record(caller, employeeId);
        return contract;
    }

    /** HR's view across managers: one line of follow-through each, a page at a time. */
    @GetMapping("/api/v1/managers")
    ManagerSummary.Page managers(@RequestParam(required = false) @Size(max = 200) String cursor,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(50) int limit,
                                 @RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        Access.READ_MANAGERS.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        positions.awaitIfAsked(READ_MODEL, minPosition);
        // About each manager's record of following through, not about any report's data: no field with an audience.
        Viewer.of(caller, EnumSet.noneOf(Relationship.class), false).declare();
        Map<String, String> found = reader.managers(Cursor.decode(cursor), limit + 1);
        List<String> ids = new ArrayList<>(found.keySet());
        List<String> page = ids.size() > limit ? ids.subList(0, limit) : ids;
        Instant now = clock.instant();
        List<ManagerSummary> managers = page.stream()
                .map(id -> ManagerSummary.of(reader.followThrough(id, now, null), found.get(id))).toList();
        return new ManagerSummary.Page(managers, ids.size() > limit ? Cursor.after(page.get(page.size() - 1)) : null);
    }

    /**
     * One conversation, for the person and their current manager: what the next conversation starts from, the
     * manager's own commitments first (seed 001's checklist).
     */
    @GetMapping("/api/v1/conversations/{conversationId}")
    ConversationView conversation(@PathVariable UUID conversationId,
                                  @RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        positions.awaitIfAsked(READ_MODEL, minPosition);
        ConversationView conversation = contracts.conversation(conversationId, clock.instant())
                .orElseThrow(() -> Unknown.conversation(conversationId));
        String managerId = contracts.managerOf(conversation.employeeId()).orElse("");
        PersonRead.authorize(Access.READ_CONVERSATION, caller, conversation.employeeId(), managerId);
        accessLog.record(caller, conversation.employeeId());
        return conversation;
    }

    /** Every contract of the person, closed ones included, newest first. */
    @GetMapping("/api/v1/employees/{employeeId}/contracts")
    ContractHistory contracts(@PathVariable String employeeId,
                              @RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        positions.awaitIfAsked(READ_MODEL, minPosition);
        String managerId = contracts.managerOf(employeeId).orElseThrow(() -> Unknown.employee(employeeId));
        PersonRead.authorize(Access.READ_CONTRACTS, caller, employeeId, managerId);
        ContractHistory history = new ContractHistory(employeeId,
                contracts.contracts(employeeId, false, clock.today()));
        accessLog.record(caller, employeeId);
        return history;
    }

    /** A person's development contracts, newest first. */
    record ContractHistory(String employeeId, List<ContractView> contracts) {
    }

    /** The manager's follow-through: conversations due, commitments due or overdue, contracts without a review. */
    @GetMapping("/api/v1/managers/{managerId}/follow-through")
    FollowThroughView followThrough(@PathVariable String managerId,
                                    @RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        positions.awaitIfAsked(READ_MODEL, minPosition);
        if (!contracts.isKnown(managerId)) {
            throw Unknown.employee(managerId);
        }
        Access.READ_FOLLOW_THROUGH.require(caller, relationship -> switch (relationship) {
            case SELF -> caller.is(managerId);
            case CURRENT_MANAGER -> false;
            case ANY_PERSON -> true;
        });
        // The manager reads as the current manager of every report listed; HR reads the structure, not the texts.
        Set<Relationship> standing = caller.is(managerId) && caller.has(Role.MANAGER)
                ? EnumSet.of(Relationship.CURRENT_MANAGER) : EnumSet.noneOf(Relationship.class);
        Viewer.of(caller, standing, false).declare();
        FollowThroughView view = reader.followThrough(managerId, clock.instant(), caller.employeeId());
        List<String> subjects = new ArrayList<>(List.of(managerId));
        view.reports().forEach(report -> subjects.add(report.employeeId()));
        accessLog.record(caller, subjects);
        return view;
    }
}
