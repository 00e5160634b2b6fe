package io.talentplatform.command.matching;

import io.talentplatform.command.access.CommandAccess;
import io.talentplatform.command.http.CommandDispatch;
import io.talentplatform.command.matching.ScoringWeights.ChangeScoringWeights;
import io.talentplatform.events.matching.MatchWeights;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static io.talentplatform.command.http.CommandAnswers.created;

/** HR changes the match score's weights: a new version, with a reason (docs/matching.md). */
@RestController
class WeightChangeController {

    private final CommandDispatch dispatch;
    private final CommandAccess access;

    WeightChangeController(CommandDispatch dispatch, CommandAccess access) {
        this.dispatch = dispatch;
        this.access = access;
    }

    /**
     * Changes the match score's weights: a new version, audited; earlier rankings keep the weights they were made
     * with.
     */
    @PostMapping("/api/v1/matching/weights")
    ResponseEntity<MatchWeights> change(@Valid @RequestBody Change body, Caller caller, HttpServletRequest request) {
        access.require(Access.CHANGE_SCORING_WEIGHTS, caller);
        MatchWeights weights = new MatchWeights(body.version(), body.capability(), body.recency(), body.aspiration(),
                body.readiness(), body.advocacy());
        long position = dispatch.send(new ChangeScoringWeights(ScoringWeights.ID, weights, body.reason().strip(),
                caller.employeeId()), ScoringWeights.ID, caller, request);
        return created("/api/v1/matching/weights", position, weights);
    }

    record Change(
            @NotBlank @Size(max = 32) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                    message = "must be a lowercase version name such as match-v2") String version,
            @NotNull @DecimalMin("0") @DecimalMax("1") Double capability,
            @NotNull @DecimalMin("0") @DecimalMax("1") Double recency,
            @NotNull @DecimalMin("0") @DecimalMax("1") Double aspiration,
            @NotNull @DecimalMin("0") @DecimalMax("1") Double readiness,
            @NotNull @DecimalMin("0") @DecimalMax("1") Double advocacy,
            @NotBlank @Size(max = 2000) String reason) {
    }
}
