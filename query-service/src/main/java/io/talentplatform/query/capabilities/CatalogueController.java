package io.talentplatform.query.capabilities;

import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.platform.web.Cursor;
import io.talentplatform.query.freshness.ProcessedPositions;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** "Which capabilities may I name?": the catalogue, for everyone signed in. */
@RestController
@Validated
class CatalogueController {

    static final String READ_MODEL = ReadModel.Names.TALENT_POOL;

    private final CatalogueReader reader;
    private final UnmappedNames unmapped;
    private final ProcessedPositions positions;

    CatalogueController(CatalogueReader reader, UnmappedNames unmapped, ProcessedPositions positions) {
        this.reader = reader;
        this.unmapped = unmapped;
        this.positions = positions;
    }

    /** For HR: the names in use that the catalogue does not map yet, with what would map each. */
    @GetMapping("/api/v1/capabilities/unmapped")
    Unmapped unmapped(@RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        Access.READ_UNMAPPED_CAPABILITIES.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        positions.awaitIfAsked(READ_MODEL, minPosition);
        return new Unmapped(reader.version(), unmapped.read());
    }

    record Unmapped(long catalogueVersion, List<UnmappedNames.Unmapped> names) {
    }

    /** Pages through the capability catalogue, optionally by a text query. */
    @GetMapping("/api/v1/capabilities")
    CatalogueEntry.Page capabilities(@RequestParam(required = false) @Size(max = 100) String query,
                                     @RequestParam(required = false) @Size(max = 200) String cursor,
                                     @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                                     @RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        Access.READ_CAPABILITIES.require(caller, relationship -> true);
        positions.awaitIfAsked(READ_MODEL, minPosition);
        String text = query == null || query.isBlank() ? null : query.strip();
        long version = reader.version();
        List<CatalogueEntry> found = reader.entries(text, Cursor.decode(cursor), limit + 1);
        List<CatalogueEntry> page = found.size() > limit ? found.subList(0, limit) : found;
        return new CatalogueEntry.Page(version, page,
                found.size() > limit ? Cursor.after(page.get(page.size() - 1).capabilityId()) : null);
    }
}
