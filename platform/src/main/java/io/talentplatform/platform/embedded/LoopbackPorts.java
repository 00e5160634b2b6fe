package io.talentplatform.platform.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for a server that will bind later, perhaps in another process. A port the kernel hands out for
 * {@code new ServerSocket(0)} comes from the ephemeral range, the same range it takes the local end of every outgoing
 * connection from; a process opening dozens of database and broker connections while it starts can take the chosen
 * port for one of them before its own server binds it ("Port 41899 was already in use" in CI). Ports below that range
 * are never given to outgoing connections, so a port found free there stays free unless someone binds it on purpose.
 */
public final class LoopbackPorts {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int LOWEST = 10_000;
    private static final int ATTEMPTS = 200;

    private LoopbackPorts() {
    }

    /** One port free on loopback at the moment of asking, outside the ephemeral range. */
    public static int unused() {
        return unused(1)[0];
    }

    /** {@code count} distinct ports, each free on loopback at the moment of asking, outside the ephemeral range. */
    public static int[] unused(int count) {
        int below = ephemeralStart();
        Set<Integer> chosen = new HashSet<>();
        int[] ports = new int[count];
        int found = 0;
        for (int attempt = 0; attempt < ATTEMPTS * count && found < count; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (!chosen.contains(candidate) && bindable(candidate)) {
                chosen.add(candidate);
                ports[found++] = candidate;
            }
        }
        if (found < count) {
            throw new IllegalStateException("no free port between " + LOWEST + " and " + below);
        }
        return ports;
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** The first port of the kernel's ephemeral range; Linux's default when it cannot be read. */
    private static int ephemeralStart() {
        try {
            String[] range = Files.readString(EPHEMERAL_RANGE).trim().split("\\s+");
            return Math.max(LOWEST + 1_000, Integer.parseInt(range[0]));
        } catch (IOException | RuntimeException unreadable) {
            return 32_768;
        }
    }
}
