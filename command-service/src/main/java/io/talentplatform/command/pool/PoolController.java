package io.talentplatform.command.pool;

import io.talentplatform.command.access.CommandAccess;
import io.talentplatform.command.capability.CapabilityVocabulary;
import io.talentplatform.command.directory.EmployeeDirectory;
import io.talentplatform.command.http.CommandDispatch;
import io.talentplatform.events.employee.CareerDirection;
import io.talentplatform.events.pool.PoolRule;
import io.talentplatform.events.role.RequiredCapability;
import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.problem.Unknown;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static io.talentplatform.command.employee.EmployeeRequests.PERSON_ID;
import static io.talentplatform.command.employee.EmployeeRequests.SLUG;
import static io.talentplatform.command.http.CommandAnswers.created;
import static io.talentplatform.command.http.CommandAnswers.ok;

/** Named talent pools: HR creates them, HR and panels nominate members (docs/opportunities.md, "Talent pools"). */
@RestController
@Validated
class PoolController {

    private static final String SLUG_MESSAGE = "must be a lowercase slug such as future-engineering-managers";

    private final CommandDispatch dispatch;
    private final CommandAccess access;
    private final PoolDirectory pools;
    private final CapabilityVocabulary vocabulary;

    PoolController(CommandDispatch dispatch, CommandAccess access, PoolDirectory pools,
                   CapabilityVocabulary vocabulary) {
        this.dispatch = dispatch;
        this.access = access;
        this.pools = pools;
        this.vocabulary = vocabulary;
    }

    record Create(
            @NotBlank @Size(max = 64) @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String poolId,
            @NotBlank @Size(max = 200) String name,
            @NotNull Boolean confidential,
            @Size(max = 64) @Pattern(regexp = SLUG, message = "must be a lowercase role family such as engineering-management")
            String roleFamily,
            @Valid Rule rule) {
    }

    record Rule(
            @Size(max = 20) List<@NotNull @Valid Requirement> capabilities,
            @Size(max = 5) List<@NotNull CareerDirection> directions,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> functions) {
    }

    record Requirement(
            @NotBlank @Size(max = 64) @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String capability,
            @NotNull @Min(1) @Max(5) Integer minLevel) {
    }

    record Nomination(
            @NotBlank @Pattern(regexp = PERSON_ID, message = "must be an HRIS id such as E-1042") String employeeId,
            @NotBlank @Size(max = 2000) String reason) {
    }

    record PoolChanged(String poolId, String employeeId) {
    }

    /** Creates a named talent pool: by nomination, by a rule over consented profiles, or both; confidential or not. */
    @PostMapping("/api/v1/talent-pools")
    ResponseEntity<PoolChanged> create(@Valid @RequestBody Create body, Caller caller, HttpServletRequest request) {
        access.require(Access.CREATE_TALENT_POOL, caller);
        if (pools.exists(body.poolId())) {
            throw RuleViolation.conflict("pool-exists", "A talent pool is already kept under " + body.poolId() + ".");
        }
        PoolRule rule = body.rule() == null ? null : rule(body.rule());
        if (rule != null && rule.capabilities().isEmpty() && rule.directions().isEmpty()
                && rule.functions().isEmpty()) {
            throw RuleViolation.unprocessable("empty-rule", "A rule that names no capability, direction or function "
                    + "would take in everyone who consents: name what the pool is for, or leave the rule out.");
        }
        PoolId pool = new PoolId(body.poolId());
        long position = dispatch.send(new PoolCommands.CreateTalentPool(pool, body.name().strip(),
                body.confidential(), body.roleFamily(), rule, caller.employeeId()), pool.toString(), caller, request);
        return created("/api/v1/talent-pools/" + body.poolId(), position, new PoolChanged(body.poolId(), null));
    }

    /** Nominates a person to the pool, with the reason. */
    @PostMapping("/api/v1/talent-pools/{poolId}/members")
    ResponseEntity<PoolChanged> nominate(@PathVariable String poolId, @Valid @RequestBody Nomination body,
                                         Caller caller, HttpServletRequest request) {
        EmployeeDirectory.Entry person = access.require(Access.NOMINATE_POOL_MEMBER, caller, body.employeeId());
        known(poolId);
        PoolId pool = new PoolId(poolId);
        long position = dispatch.send(new PoolCommands.NominatePoolMember(pool, body.employeeId(),
                body.reason().strip(), caller.employeeId(), person.employed()), pool.toString(), caller, request);
        return ok(position, new PoolChanged(poolId, body.employeeId()));
    }

    /** Removes a nominated person from the pool, with the reason. */
    @DeleteMapping("/api/v1/talent-pools/{poolId}/members/{employeeId}")
    ResponseEntity<PoolChanged> remove(@PathVariable String poolId,
                                       @PathVariable @Pattern(regexp = PERSON_ID) String employeeId,
                                       @RequestParam @NotBlank @Size(max = 2000) String reason, Caller caller,
                                       HttpServletRequest request) {
        access.require(Access.REMOVE_POOL_MEMBER, caller);
        known(poolId);
        PoolId pool = new PoolId(poolId);
        long position = dispatch.send(new PoolCommands.RemovePoolMember(pool, employeeId, reason.strip(),
                caller.employeeId()), pool.toString(), caller, request);
        return ok(position, new PoolChanged(poolId, employeeId));
    }

    private void known(String poolId) {
        if (!pools.exists(poolId)) {
            throw Unknown.talentPool(poolId);
        }
    }

    private PoolRule rule(Rule rule) {
        List<RequiredCapability> capabilities = vocabulary.requirements(rule.capabilities() == null ? List.of()
                : rule.capabilities().stream().map(requirement -> new RequiredCapability(requirement.capability(),
                        requirement.minLevel())).toList());
        return new PoolRule(capabilities, rule.directions() == null ? List.of() : rule.directions().stream()
                .distinct().toList(), rule.functions() == null ? List.of() : rule.functions().stream()
                .map(String::strip).distinct().toList());
    }
}
