package io.talentplatform.standalone;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * What the standalone build decides before Spring starts: where its data lives, what its embedded database and
 * broker listen on, and whether anything is exposed beyond this machine. Each setting is read from the command line
 * ({@code --talent.bind-address=...}), a system property, or its environment variable ({@code TALENT_BIND_ADDRESS}),
 * in that order; README.md lists them.
 *
 * @param bindAddress where HTTP, the embedded broker and the embedded PostgreSQL listen: loopback by default, so
 *                    nothing is reachable from another machine until an operator says otherwise
 */
record StartSettings(Path dataDirectory, String bindAddress, int postgresPort, int kafkaPort,
                     String kafkaAdvertisedHost, boolean databaseOnly) {

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
                lookup.get("talent.database-only", "TALENT_DATABASE_ONLY").map(Boolean::parseBoolean).orElse(false));
    }

    /** Whether the platform listens on more than this machine's loopback interface. */
    boolean exposed() {
        return !isLoopback(bindAddress);
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
