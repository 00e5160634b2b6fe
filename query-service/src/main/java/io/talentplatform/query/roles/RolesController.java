package io.talentplatform.query.roles;

import io.talentplatform.platform.problem.Problems.FieldError;
import io.talentplatform.platform.problem.Problems;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.web.Cursor;
import io.talentplatform.query.freshness.ProcessedPositions;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** "Which roles are there?" for HR and panels, and "which openings are there?" for everyone signed in. */
@RestController
@Validated
class RolesController {

    static final String READ_MODEL = ReadModel.Names.TALENT_POOL;

    private final RolesReader reader;
    private final ProcessedPositions positions;

    RolesController(RolesReader reader, ProcessedPositions positions) {
        this.reader = reader;
        this.positions = positions;
    }

    /** Pages through the roles, optionally the critical ones only. */
    @GetMapping("/api/v1/roles")
    RoleSummary.Page roles(@RequestParam(required = false) Boolean critical,
                           @RequestParam(required = false) @Size(max = 200) String cursor,
                           @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                           @RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        Access.READ_ROLES.require(caller, relationship -> true);
        await(minPosition);
        List<RoleSummary> found = reader.roles(critical, Cursor.decode(cursor), limit + 1);
        List<RoleSummary> page = found.size() > limit ? found.subList(0, limit) : found;
        return new RoleSummary.Page(page,
                found.size() > limit ? Cursor.after(page.get(page.size() - 1).roleId()) : null);
    }

    /** @param status OPEN or FILLED; both when absent. Only vacancies in roles (kind ROLE) exist so far. */
    @GetMapping("/api/v1/openings")
    OpeningSummary.Page openings(@RequestParam(required = false) @Size(max = 10) String status,
                                 @RequestParam(required = false) @Size(max = 10) String kind,
                                 @RequestParam(required = false) @Size(max = 200) String cursor,
                                 @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                                 @RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        Access.READ_OPENINGS.require(caller, relationship -> true);
        Boolean open = switch (status == null ? "" : status) {
            case "" -> null;
            case "OPEN" -> true;
            case "FILLED" -> false;
            default -> throw invalid("status", "must be one of OPEN, FILLED");
        };
        if (kind != null && !List.of("ROLE", "GIG", "PROJECT").contains(kind)) {
            throw invalid("kind", "must be one of ROLE, GIG, PROJECT");
        }
        await(minPosition);
        List<OpeningSummary> found = reader.openings(open, kind, Cursor.decode(cursor), limit + 1);
        List<OpeningSummary> page = found.size() > limit ? found.subList(0, limit) : found;
        return new OpeningSummary.Page(page,
                found.size() > limit ? Cursor.after(page.get(page.size() - 1).openingId().toString()) : null);
    }

    private void await(Long minPosition) {
        positions.awaitIfAsked(READ_MODEL, minPosition);
    }

    private static ErrorResponseException invalid(String field, String message) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST,
                Problems.invalid(field + " " + message, List.of(new FieldError(field, message))), null);
    }
}
