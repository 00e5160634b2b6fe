package io.talentplatform.command.capability;

import java.util.List;

/** What the catalogue's endpoints answer. */
final class CatalogueAnswers {

    private CatalogueAnswers() {
    }

    /** A change to one capability, and the catalogue version it made. */
    record Changed(String capabilityId, long catalogueVersion) {
    }

    /**
     * @param catalogueVersion the version the import made; the version as it was when it added nothing
     * @param skipped          the file's lines left out, with why
     */
    record Imported(long catalogueVersion, int added, int alreadyKnown, int aliasesDropped,
                    List<EscoSkills.Skipped> skipped) {
    }
}
