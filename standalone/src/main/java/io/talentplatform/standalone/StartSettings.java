package io.talentplatform.standalone;

import io.talentplatform.standalone.backup.WalArchive;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * What the standalone build decides before Spring starts: where its data lives, what its embedded database and
 * broker listen on, and whether anything is exposed beyond this machine. Each setting is read from the command line
 * ({@code --talent.bind-address=...}), a system property, or its environment variable ({@code TALENT_BIND_ADDRESS}),
 * in that order; README.md lists them.
 *
 * @param bindAddress  where HTTP, the embedded broker and the embedded PostgreSQL listen: loopback by default, so
 *                     nothing is reachable from another machine until an operator says otherwise
 * @param walArchive   where the embedded PostgreSQL archives its write-ahead log, which base backups need
 * @param backupTo     instead of starting, take a base backup of the running build's database into this directory
 * @param restoreFrom  a base backup to restore into an empty database directory before starting
 * @param restoreUntil the moment to restore to; the last archived transaction without it
 */
record StartSettings(Path dataDirectory, String bindAddress, int postgresPort, int kafkaPort,
                     String kafkaAdvertisedHost, boolean databaseOnly, Optional<WalArchive> walArchive,
                     Optional<Path> backupTo, Optional<Path> restoreFrom, Optional<Instant> restoreUntil) {

    static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";

    static StartSettings from(String[] args, Map<String, String> environment) {
        Lookup lookup = new Lookup(args, environment);
        String bindAddress = lookup.get("talent.bind-address", "TALENT_BIND_ADDRESS").orElse(DEFAULT_BIND_ADDRESS);
        return new StartSettings(
                Path.of(lookup.get("talent.data-dir", "TALENT_DATA_DIR").orElse("data")).toAbsolutePath(),
                bindAddress,
                lookup.port("talent.postgres.embedded-port", "TALENT_POSTGRES_EMBEDDED_PORT", 54329),
                lookup.port("talent.kafka.embedded-port", "TALENT_KAFKA_EMBEDDED_PORT", 9092),
                lookup.get("talent.kafka.advertised-host", "TALENT_KAFKA_ADVERTISED_HOST")
                        .orElse(isWildcard(bindAddress) || isLoopback(bindAddress) ? "localhost" : bindAddress),
                lookup.get("talent.database-only", "TALENT_DATABASE_ONLY").map(Boolean::parseBoolean).orElse(false),
                lookup.get("talent.backup.wal-archive", "TALENT_BACKUP_WAL_ARCHIVE").map(Path::of)
                        .map(StartSettings::archive),
                lookup.get("talent.backup.to", "TALENT_BACKUP_TO").map(path -> Path.of(path).toAbsolutePath()),
                lookup.get("talent.restore.from", "TALENT_RESTORE_FROM").map(path -> Path.of(path).toAbsolutePath()),
                lookup.get("talent.restore.until", "TALENT_RESTORE_UNTIL").map(StartSettings::moment));
    }

    private static WalArchive archive(Path directory) {
        try {
            return new WalArchive(directory);
        } catch (IllegalArgumentException e) {
            throw new StandaloneApplication.StartRefused(e.getMessage());
        }
    }

    private static Instant moment(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new StandaloneApplication.StartRefused("talent.restore.until must be a moment with its offset, "
                    + "such as 2026-12-07T09:30:00Z or 2026-12-07T10:30:00+01:00, not " + text);
        }
    }

    /** Whether the platform listens on more than this machine's loopback interface. */
    boolean exposed() {
        return !isLoopback(bindAddress);
    }

    /** An address of this machine the embedded servers answer on: loopback where they listen on every address. */
    String reachableAddress() {
        return isWildcard(bindAddress) ? DEFAULT_BIND_ADDRESS : bindAddress;
    }

    static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new StandaloneApplication.StartRefused("talent.bind-address " + address
                    + " is not an address of this machine");
        }
    }

    private static boolean isWildcard(String address) {
        return "0.0.0.0".equals(address) || "::".equals(address) || "[::]".equals(address);
    }

    private record Lookup(String[] args, Map<String, String> environment) {

        Optional<String> get(String property, String environmentVariable) {
            String prefix = "--" + property + "=";
            Optional<String> fromArgs = Arrays.stream(args).filter(arg -> arg.startsWith(prefix))
                    .map(arg -> arg.substring(prefix.length())).reduce((first, last) -> last);
            if (fromArgs.isPresent()) {
                return fromArgs.filter(value -> !value.isBlank());
            }
            return Optional.ofNullable(System.getProperty(property))
                    .or(() -> Optional.ofNullable(environment.get(environmentVariable)))
                    .filter(value -> !value.isBlank());
        }

        int port(String property, String environmentVariable, int fallback) {
            String value = get(property, environmentVariable).orElse(Integer.toString(fallback));
            try {
                int port = Integer.parseInt(value.trim());
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new StandaloneApplication.StartRefused(environmentVariable
                        + " must be a port number from 1 to 65535, not " + value);
            }
        }
    }
}
