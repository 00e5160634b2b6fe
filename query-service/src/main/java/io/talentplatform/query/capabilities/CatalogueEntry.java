package io.talentplatform.query.capabilities;

import java.util.List;

/**
 * A capability of the catalogue as HR keeps it.
 *
 * @param standing    OFFERED, DEPRECATED (no longer named by new evidence) or MERGED (its names resolve to
 *                    {@code mergedInto})
 * @param addedIn     the catalogue version that added it
 * @param changedIn   the catalogue version that last changed it
 */
public record CatalogueEntry(String capabilityId, String label, List<String> aliases, String escoUri,
                             String skillType, String reuseLevel, String description, String standing,
                             String mergedInto, String retiredBecause, long addedIn, long changedIn) {

    /** A page of the catalogue, and the catalogue's version when it was read (0 while it is empty). */
    public record Page(long catalogueVersion, List<CatalogueEntry> capabilities, String nextCursor) {
    }
}
