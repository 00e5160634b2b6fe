package io.talentplatform.command.matching;

import io.talentplatform.command.http.CommandDispatch;
import io.talentplatform.command.matching.MatchRanking.DisputeRanking;
import io.talentplatform.events.matching.MatchRankingRecorded;
import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static io.talentplatform.command.http.CommandAnswers.created;

/** A person disputes their place in a recorded ranking they were considered in (docs/matching.md). */
@RestController
class RankingDisputeController {

    private final CommandDispatch dispatch;
    private final JdbcClient jdbc;

    RankingDisputeController(CommandDispatch dispatch, JdbcClient jdbc) {
        this.dispatch = dispatch;
        this.jdbc = jdbc;
    }

    /** Disputes a recorded ranking, with the reason. */
    @PostMapping("/api/v1/mobility/rankings/{rankingId}/disputes")
    ResponseEntity<Disputed> dispute(@PathVariable UUID rankingId, @Valid @RequestBody Dispute body, Caller caller,
                                     HttpServletRequest request) {
        if (!recorded(rankingId)) {
            throw RuleViolation.notFound("unknown-ranking", "No ranking is recorded under " + rankingId + ".");
        }
        // The person concerned is whoever the ranking considered: the caller, if they were among its candidates.
        boolean considered = considered(rankingId, caller.employeeId());
        Access.DISPUTE_RANKING.require(caller, relationship -> relationship == Relationship.SELF && considered);
        long position = dispatch.send(new DisputeRanking(rankingId.toString(), caller.employeeId(),
                body.reason().strip()), rankingId.toString(), caller, request);
        return created("/api/v1/mobility/employees/" + caller.employeeId() + "/rankings", position,
                new Disputed(rankingId, caller.employeeId()));
    }

    /** Whether the recorder has started the ranking's stream: the aggregate exists only once it has. */
    private boolean recorded(UUID rankingId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM domainevententry WHERE aggregateidentifier = ? AND type = ?)""")
                .params(rankingId.toString(), MatchRankingRecorded.AGGREGATE_TYPE).query(Boolean.class).single();
    }

    /** Whether the ranking's candidates include the person: read from the record itself, as the aggregate is. */
    private boolean considered(UUID rankingId, String employeeId) {
        return employeeId != null && jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM domainevententry,
                            jsonb_array_elements(convert_from(payload, 'UTF8')::jsonb -> 'candidates') AS candidate
                        WHERE aggregateidentifier = ? AND type = ? AND sequencenumber = 0
                          AND candidate ->> 'employeeId' = ?)""")
                .params(rankingId.toString(), MatchRankingRecorded.AGGREGATE_TYPE, employeeId)
                .query(Boolean.class).single();
    }

    record Dispute(@NotBlank @Size(max = 2000) String reason) {
    }

    record Disputed(UUID rankingId, String employeeId) {
    }
}
