package io.talentplatform.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A data directory written by another PostgreSQL major version than the one embedded. PostgreSQL cannot open it,
 * and starting beside it would look like an empty platform: the start stops with the way forward instead, and
 * leaves every file as it was.
 */
public final class IncompatibleDataDirectory extends IllegalStateException {

    private IncompatibleDataDirectory(String message) {
        super(message);
    }

    /** Refuses a directory whose {@code PG_VERSION} names another major version; a new or empty one passes. */
    static void check(Path dataDirectory, int embeddedMajor) {
        Path versionFile = dataDirectory.resolve("PG_VERSION");
        if (!Files.isRegularFile(versionFile)) {
            return;
        }
        String found;
        try {
            found = Files.readString(versionFile).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + versionFile, e);
        }
        if (!found.equals(Integer.toString(embeddedMajor))) {
            throw new IncompatibleDataDirectory("""
                    The database in %s was written by PostgreSQL %s, and this build embeds PostgreSQL %d, which \
                    cannot open it. Nothing was started and no file was changed. To keep this data, move it to \
                    PostgreSQL %d first: docs/upgrading.md gives a dump and restore with the previous build, or \
                    pg_upgrade. To start afresh instead, point TALENT_DATA_DIR at another directory."""
                    .formatted(dataDirectory, found, embeddedMajor, embeddedMajor));
        }
    }
}
