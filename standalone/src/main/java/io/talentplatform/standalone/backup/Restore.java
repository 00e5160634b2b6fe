package io.talentplatform.standalone.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * Puts a {@link BaseBackup} in place of a data directory, to be started with {@link WalArchive#recovery}: the server
 * then replays the archive from the backup's start and opens at the chosen moment. An existing database is never
 * overwritten; the operator moves it aside first, and so keeps it until the restore has proved itself.
 */
public final class Restore {

    private Restore() {
    }

    /**
     * Copies {@code backup}'s data into {@code dataDirectory} and marks it for archive recovery; a directory already
     * so marked, by a restore that did not finish, is left to replay on.
     *
     * @throws IllegalStateException if {@code dataDirectory} holds anything, or {@code backup} is not a base backup
     */
    public static void prepare(Path backup, Path dataDirectory) {
        if (Files.isRegularFile(dataDirectory.resolve("recovery.signal"))) {
            return; // a restore that did not finish (stopped, or its replay outlasted the start's wait): replay on
        }
        Path data = backup.resolve(BaseBackup.DATA);
        if (!Files.isRegularFile(backup.resolve(BaseBackup.MANIFEST)) || !Files.isRegularFile(data.resolve("backup_label"))) {
            throw new IllegalStateException(backup + " is not a finished base backup: it has no "
                    + BaseBackup.MANIFEST + " or no backup_label (was the backup interrupted?)");
        }
        if (Files.isDirectory(dataDirectory) && !empty(dataDirectory)) {
            throw new IllegalStateException("The database directory " + dataDirectory + " is not empty. A restore "
                    + "never overwrites a database: move it aside (mv " + dataDirectory + " " + dataDirectory
                    + "-before-restore) and start again.");
        }
        try {
            Files.walkFileTree(data, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    Files.createDirectories(dataDirectory.resolve(data.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.copy(file, dataDirectory.resolve(data.relativize(file).toString()),
                            StandardCopyOption.COPY_ATTRIBUTES);
                    return FileVisitResult.CONTINUE;
                }
            });
            // PostgreSQL refuses a data directory others may read.
            Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
            Files.createFile(dataDirectory.resolve("recovery.signal"));
        } catch (IOException e) {
            throw new UncheckedIOException("restoring " + backup + " into " + dataDirectory + " failed", e);
        }
    }

    private static boolean empty(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
