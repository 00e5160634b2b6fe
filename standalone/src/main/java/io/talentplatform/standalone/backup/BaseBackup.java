package io.talentplatform.standalone.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Properties;
import java.util.Set;

/**
 * An online copy of the embedded database, taken while the platform runs, by PostgreSQL's low-level backup API: the
 * server is told a backup starts, the data directory is copied file by file, and the server is told it ended and
 * waits until every write-ahead log segment the copy needs is in the {@link WalArchive}. A copy taken this way is
 * inconsistent in itself; replayed from the archive (the {@code backup_label} says from where) it is the database at
 * the backup's end or any later moment the archive reaches. The server version does not matter: no client program
 * of PostgreSQL's is needed, which the embedded binaries do not include.
 */
public final class BaseBackup {

    /** Where, under the backup's directory, the copy of the data directory goes. */
    public static final String DATA = "data";
    /** What the backup was: start and end in the log, the server's version, when. */
    public static final String MANIFEST = "backup.properties";

    /** Files and directories PostgreSQL's documentation says a backup leaves out: runtime state, not data. */
    private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "backup_label",
            "tablespace_map", "pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem", "pg_notify", "pg_serial",
            "pg_snapshots", "pg_subtrans");

    private static final Set<PosixFilePermission> PRIVATE_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

    private BaseBackup() {
    }

    /**
     * Copies the running server's data directory into {@code target}, which must not exist yet, readable by this
     * user alone as the data directory is.
     *
     * @param jdbcUrl a superuser's connection to the server (the embedded one's {@code postgres})
     */
    public static Taken take(String jdbcUrl, Path target) {
        if (Files.exists(target)) {
            throw new IllegalArgumentException("The backup's directory " + target + " exists already: name a new one");
        }
        Instant started = Instant.now();
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            connection.setAutoCommit(true);
            requireArchiving(connection);
            // The directory the server itself says it runs on: never one a setting of this command points at.
            Path dataDirectory = Path.of(show(connection, "data_directory"));
            if (!Files.isRegularFile(dataDirectory.resolve("global").resolve("pg_control"))) {
                throw new IllegalStateException("The database runs on " + dataDirectory + ", which this machine "
                        + "cannot read: take the backup on the database's own machine.");
            }
            Files.createDirectories(target, PosixFilePermissions.asFileAttribute(PRIVATE_DIRECTORY));
            String startLsn;
            try (PreparedStatement start = connection.prepareStatement("SELECT pg_backup_start(?, true)::text")) {
                start.setString(1, "talent-platform " + started);
                startLsn = single(start);
            }
            Path data = target.resolve(DATA);
            copy(dataDirectory, data);
            if (!Files.isRegularFile(data.resolve("global").resolve("pg_control"))) {
                throw new IllegalStateException("the copy of " + dataDirectory + " has no global/pg_control");
            }
            // Waits until the last segment the copy needs is archived: then the backup is complete.
            try (Statement stop = connection.createStatement();
                 ResultSet end = stop.executeQuery("SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(true)")) {
                end.next();
                String stopLsn = end.getString(1);
                write(data.resolve("backup_label"), end.getString(2));
                String tablespaces = end.getString(3);
                if (tablespaces != null && !tablespaces.isEmpty()) {
                    write(data.resolve("tablespace_map"), tablespaces);
                }
                Taken taken = new Taken(target, startLsn, stopLsn, started, Instant.now(),
                        show(connection, "server_version_num"));
                taken.writeManifest();
                return taken;
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("The backup failed, and " + target + " is not a backup: "
                    + e.getMessage(), e);
        }
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement show = connection.createStatement();
             ResultSet value = show.executeQuery("SHOW " + setting)) {
            value.next();
            return value.getString(1);
        }
    }

    private static void requireArchiving(Connection connection) throws SQLException {
        if (!"on".equals(show(connection, "archive_mode"))) {
            throw new IllegalStateException("The database does not archive its write-ahead log, so a copy of it "
                    + "could not be restored: start the platform with talent.backup.wal-archive set first.");
        }
    }

    private static String single(PreparedStatement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getString(1);
        }
    }

    /**
     * Copies the tree, forcing each file to disk. Files the server removes meanwhile (a temporary file, a dropped
     * table) are skipped: the log replay accounts for them.
     */
    private static void copy(Path source, Path target) {
        try {
            Files.walkFileTree(source, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    Path relative = source.relativize(dir);
                    Path copy = target.resolve(relative.toString());
                    if (!Files.isDirectory(copy)) {
                        Files.createDirectory(copy, PosixFilePermissions.asFileAttribute(PRIVATE_DIRECTORY));
                    }
                    // An empty pg_wal and the like must exist for the server to start.
                    return relative.getNameCount() == 1 && LEFT_OUT.contains(relative.toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Path relative = source.relativize(file);
                    if (relative.getNameCount() == 1 && LEFT_OUT.contains(relative.toString())
                            || relative.getFileName().toString().startsWith("pgsql_tmp")) {
                        return FileVisitResult.CONTINUE;
                    }
                    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
                         FileChannel out = FileChannel.open(target.resolve(relative.toString()),
                                 Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                                 PosixFilePermissions.asFileAttribute(PRIVATE_FILE))) {
                        long size = in.size();
                        long done = 0;
                        while (done < size) {
                            long sent = in.transferTo(done, size - done, out);
                            if (sent == 0) {
                                break; // the file shrank meanwhile (vacuum truncated it): the log replay has the rest
                            }
                            done += sent;
                        }
                        out.force(true);
                    } catch (NoSuchFileException removedMeanwhile) {
                        Files.deleteIfExists(target.resolve(relative.toString()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("copying " + source + " to " + target + " failed", e);
        }
    }

    private static void write(Path file, String content) {
        try (FileChannel out = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(PRIVATE_FILE))) {
            out.write(java.nio.ByteBuffer.wrap(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            out.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file + " failed", e);
        }
    }

    /**
     * A finished backup.
     *
     * @param startLsn where in the log replay begins; the archive's segments before it are no longer needed by it
     * @param stopLsn  the earliest point it can be restored to
     */
    public record Taken(Path directory, String startLsn, String stopLsn, Instant started, Instant finished,
                        String serverVersion) {

        void writeManifest() {
            Properties manifest = new Properties();
            manifest.setProperty("start-lsn", startLsn);
            manifest.setProperty("stop-lsn", stopLsn);
            manifest.setProperty("started", started.toString());
            manifest.setProperty("finished", finished.toString());
            manifest.setProperty("server-version-num", serverVersion);
            StringBuilder text = new StringBuilder("# A base backup of the talent platform's database (docs/operations.md)\n");
            manifest.stringPropertyNames().stream().sorted()
                    .forEach(name -> text.append(name).append('=').append(manifest.getProperty(name)).append('\n'));
            write(directory.resolve(MANIFEST), text.toString());
        }
    }
}
