package io.talentplatform.standalone.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The directory the embedded PostgreSQL copies every completed write-ahead log segment to. With a base backup it
 * makes a restore to any moment after that backup possible: the backup is the database at one point, and the archive
 * replays every transaction committed since (PostgreSQL's continuous archiving).
 *
 * @param directory where the segments go; keep it on another disk than the data directory, as the base backups
 */
public record WalArchive(Path directory) {

    private static final DateTimeFormatter RECOVERY_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

    public WalArchive {
        directory = directory.toAbsolutePath();
        if (directory.toString().contains("'") || directory.toString().contains("%")) {
            // The path is quoted in a shell command that PostgreSQL runs for every segment, where % is its own.
            throw new IllegalArgumentException("A WAL archive path may not contain ' or %: " + directory);
        }
    }

    /**
     * The server settings that archive every segment here, at least every five minutes (a quiet platform's changes
     * otherwise wait in a segment that is not full). A segment is written under a temporary name, forced to disk and
     * then renamed, so the archive never holds half a segment. A segment already archived is accepted again if it is
     * the same file (the server retries one it archived just before a crash) and refused if it differs: that would be
     * two servers writing one timeline, which the operator must look at.
     */
    public Map<String, String> archiving() {
        String target = "'" + directory + "/%f'";
        String partial = "'" + directory + "/%f.partial'";
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("wal_level", "replica");
        settings.put("archive_mode", "on");
        settings.put("archive_timeout", "300");
        settings.put("archive_command", "if test -f " + target + "; then cmp -s '%p' " + target + "; else cp '%p' "
                + partial + " && sync " + partial + " && mv " + partial + " " + target + "; fi");
        return settings;
    }

    /**
     * The settings of a server started on a base backup: it reads the archived segments, replays them up to
     * {@code until} (or to the last one archived), then opens for writes on a new timeline. It takes no connection
     * before then, so the platform never starts on a database half way through its recovery.
     */
    public Map<String, String> recovery(Optional<Instant> until) {
        Map<String, String> settings = new LinkedHashMap<>(archiving());
        settings.put("restore_command", "cp '" + directory + "/%f' '%p'");
        settings.put("hot_standby", "off");
        settings.put("recovery_target_action", "promote");
        // The backup's own timeline: an archive that also holds a later restore's timeline is not followed into it.
        settings.put("recovery_target_timeline", "current");
        until.ifPresent(moment -> {
            settings.put("recovery_target_time", RECOVERY_TIME.format(moment));
            settings.put("recovery_target_inclusive", "true");
        });
        return settings;
    }

    /** Creates the directory if it is missing. */
    public WalArchive ensureExists() {
        try {
            Files.createDirectories(directory);
            return this;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create the WAL archive " + directory, e);
        }
    }
}
