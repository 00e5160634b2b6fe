package io.talentplatform.standalone.footing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The addresses this machine listens on for a TCP port, read from the kernel's socket tables ({@code /proc/net/tcp}
 * and {@code tcp6}): what "not reachable from outside" means, checked without sending anything anywhere.
 */
final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    static List<InetAddress> on(int port) {
        List<InetAddress> addresses = new ArrayList<>();
        addresses.addAll(read(Path.of("/proc/net/tcp"), port));
        addresses.addAll(read(Path.of("/proc/net/tcp6"), port));
        return addresses;
    }

    private static List<InetAddress> read(Path table, int port) {
        List<InetAddress> addresses = new ArrayList<>();
        if (!Files.exists(table)) {
            return addresses;
        }
        try {
            for (String line : Files.readAllLines(table).subList(1, Files.readAllLines(table).size())) {
                String[] columns = line.trim().split("\\s+");
                String[] local = columns[1].split(":");
                if (LISTEN.equals(columns[3]) && Integer.parseInt(local[1], 16) == port) {
                    addresses.add(address(local[0]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return addresses;
    }

    /** The kernel writes each 32-bit word of the address in host (little-endian) order. */
    private static InetAddress address(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                int from = (word * 4 + (3 - i)) * 2;
                bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(from, from + 2), 16);
            }
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
