package io.talentplatform.command.role;

import io.talentplatform.command.access.CommandAccess;
import io.talentplatform.command.capability.CapabilityVocabulary;
import io.talentplatform.command.directory.EmployeeDirectory;
import io.talentplatform.command.http.CommandDispatch;
import io.talentplatform.command.pool.PoolDirectory;
import io.talentplatform.command.role.RoleAnswers.OpeningFilled;
import io.talentplatform.command.role.RoleAnswers.OpeningOpened;
import io.talentplatform.command.role.RoleAnswers.SlateChanged;
import io.talentplatform.command.role.RoleCommands.DefineRole;
import io.talentplatform.command.role.RoleCommands.FillOpening;
import io.talentplatform.command.role.RoleCommands.NominateSuccessor;
import io.talentplatform.command.role.RoleCommands.OpenOpening;
import io.talentplatform.command.role.RoleCommands.RemoveSuccessor;
import io.talentplatform.events.role.RequiredCapability;
import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.problem.Unknown;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

import static io.talentplatform.command.employee.EmployeeRequests.PERSON_ID;
import static io.talentplatform.command.http.CommandAnswers.created;
import static io.talentplatform.command.http.CommandAnswers.ok;

/** Roles, their openings and their succession slates. */
@RestController
@Validated
class RoleController {

    private final CommandDispatch dispatch;
    private final CommandAccess access;
    private final RoleCatalogue catalogue;
    private final CapabilityVocabulary vocabulary;
    private final PoolDirectory pools;

    RoleController(CommandDispatch dispatch, CommandAccess access, RoleCatalogue catalogue,
                   CapabilityVocabulary vocabulary, PoolDirectory pools) {
        this.pools = pools;
        this.dispatch = dispatch;
        this.access = access;
        this.catalogue = catalogue;
        this.vocabulary = vocabulary;
    }

    /** Defines a role: title, function, level, family, whether it is critical, and the capabilities it requires. */
    @PostMapping("/api/v1/roles")
    ResponseEntity<RoleAnswers.RoleDefined> define(@Valid @RequestBody RoleRequests.Define body, Caller caller,
            HttpServletRequest request) {
        access.require(Access.DEFINE_ROLE, caller);
        if (catalogue.role(body.roleId()).isPresent()) {
            throw RuleViolation.conflict("role-exists", "A role is already defined under " + body.roleId() + ".");
        }
        List<RequiredCapability> required = vocabulary.requirements(body.requiredCapabilities().stream()
                .map(requirement -> new RequiredCapability(requirement.capability(), requirement.minLevel())).toList());
        RoleId role = new RoleId(body.roleId());
        long position = dispatch.send(new DefineRole(role, body.title(), body.function(), body.level(),
                body.critical(), body.roleFamily(), required), role.toString(), caller, request);
        return created("/api/v1/succession/roles/" + body.roleId(), position,
                new RoleAnswers.RoleDefined(body.roleId()));
    }

    /** Opens a vacancy in the role. */
    @PostMapping("/api/v1/roles/{roleId}/openings")
    ResponseEntity<OpeningOpened> open(@PathVariable String roleId, @Valid @RequestBody RoleRequests.OpenOpening body,
            Caller caller, HttpServletRequest request) {
        access.require(Access.OPEN_OPENING, caller);
        RoleCatalogue.Entry role = knownRole(roleId);
        UUID openingId = UUID.randomUUID();
        long position = dispatch.send(new OpenOpening(openingId, roleId, role.title(), role.function(), role.level(),
                role.roleFamily(), role.requiredCapabilities(), body.openedOn(), body.internalOnly()),
                openingId.toString(), caller, request);
        return created("/api/v1/mobility/openings/" + openingId + "/matches", position,
                new OpeningOpened(openingId, roleId));
    }

    /**
     * An internal fill is two facts committed together: the opening is filled, and the person moves into its role
     * (FillPolicy, in the same transaction). The position answered is the newest of both streams' events.
     */
    @PostMapping("/api/v1/openings/{openingId}/fill")
    ResponseEntity<OpeningFilled> fill(@PathVariable UUID openingId, @Valid @RequestBody RoleRequests.Fill body,
            Caller caller, HttpServletRequest request) {
        if (body.employeeId() == null) {
            access.require(Access.FILL_OPENING, caller);
        } else {
            access.require(Access.FILL_OPENING, caller, body.employeeId());
        }
        catalogue.kindOf(openingId).orElseThrow(() -> Unknown.opening(openingId));
        long position = dispatch.send(new FillOpening(openingId, body.filledOn(), body.employeeId(), body.moveType()),
                openingId.toString(), caller, request);
        return ok(position, new OpeningFilled(openingId, body.employeeId()));
    }

    /** Keep the opening's ranking as it stands now (a shortlist agreed, a decision prepared). */
    @PostMapping("/api/v1/openings/{openingId}/rankings")
    ResponseEntity<RankingRequested> requestRanking(@PathVariable UUID openingId,
            @Valid @RequestBody RoleRequests.Decision body, Caller caller, HttpServletRequest request) {
        access.require(Access.REQUEST_OPENING_RANKING, caller);
        catalogue.kindOf(openingId).orElseThrow(() -> Unknown.opening(openingId));
        long position = dispatch.send(new RoleCommands.RequestOpeningRanking(openingId, body.note().strip(),
                caller.employeeId()), openingId.toString(), caller, request);
        return accepted(position, new RankingRequested(openingId.toString()));
    }

    /** The panel decided the role's slate: the discovered candidates' ranking is kept beside the decision. */
    @PostMapping("/api/v1/roles/{roleId}/slate-decisions")
    ResponseEntity<RankingRequested> decideSlate(@PathVariable String roleId,
            @Valid @RequestBody RoleRequests.Decision body, Caller caller, HttpServletRequest request) {
        access.require(Access.DECIDE_SLATE, caller);
        knownRole(roleId);
        RoleId role = new RoleId(roleId);
        long position = dispatch.send(new RoleCommands.DecideSlate(role, body.note().strip(), caller.employeeId()),
                role.toString(), caller, request);
        return accepted(position, new RankingRequested(roleId));
    }

    /**
     * The ranking is recorded by the projections from the talent pool, shortly after the decision: its answer is
     * 202, and {@code GET /api/v1/mobility/rankings?target=} lists it once recorded.
     */
    record RankingRequested(String target) {
    }

    private static <T> ResponseEntity<T> accepted(long position, T body) {
        return ResponseEntity.accepted().header(CommandDispatch.POSITION_HEADER, Long.toString(position)).body(body);
    }

    /** The talent pool the role's succession draws its discovery from; {@code poolId} null: none. */
    @PutMapping("/api/v1/roles/{roleId}/talent-pool")
    ResponseEntity<SuccessionPool> choosePool(@PathVariable String roleId,
            @Valid @RequestBody RoleRequests.SuccessionPool body, Caller caller, HttpServletRequest request) {
        access.require(Access.CHOOSE_SUCCESSION_POOL, caller);
        knownRole(roleId);
        if (body.poolId() != null && !pools.exists(body.poolId())) {
            throw Unknown.talentPool(body.poolId());
        }
        RoleId role = new RoleId(roleId);
        long position = dispatch.send(new RoleCommands.ChooseSuccessionPool(role, body.poolId(), caller.employeeId()),
                role.toString(), caller, request);
        return ok(position, new SuccessionPool(roleId, body.poolId()));
    }

    record SuccessionPool(String roleId, String poolId) {
    }

    /** Nominates a successor to the role's slate, with readiness. */
    @PostMapping("/api/v1/roles/{roleId}/successors")
    ResponseEntity<SlateChanged> nominate(@PathVariable String roleId, @Valid @RequestBody RoleRequests.Nomination body,
            Caller caller, HttpServletRequest request) {
        EmployeeDirectory.Entry person = access.require(Access.NOMINATE_SUCCESSOR, caller, body.employeeId());
        knownRole(roleId);
        RoleId role = new RoleId(roleId);
        long position = dispatch.send(new NominateSuccessor(role, body.employeeId(), body.readiness(),
                Boolean.TRUE.equals(body.emergencyCover()), body.rationale(), caller.employeeId(), person.employed()),
                role.toString(),
                caller, request);
        return ok(position, new SlateChanged(roleId, body.employeeId()));
    }

    /** Removes a successor from the role's slate, with the reason. */
    @DeleteMapping("/api/v1/roles/{roleId}/successors/{employeeId}")
    ResponseEntity<SlateChanged> remove(@PathVariable String roleId,
            @PathVariable @Pattern(regexp = PERSON_ID) String employeeId,
            @RequestParam @NotBlank @Size(max = 2000) String reason, Caller caller, HttpServletRequest request) {
        access.require(Access.REMOVE_SUCCESSOR, caller);
        knownRole(roleId);
        RoleId role = new RoleId(roleId);
        long position = dispatch.send(new RemoveSuccessor(role, employeeId, reason, caller.employeeId()),
                role.toString(), caller, request);
        return ok(position, new SlateChanged(roleId, employeeId));
    }

    private RoleCatalogue.Entry knownRole(String roleId) {
        return catalogue.role(roleId).orElseThrow(() ->
                Unknown.role(roleId));
    }
}
