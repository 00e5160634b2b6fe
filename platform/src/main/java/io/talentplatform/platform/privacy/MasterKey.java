package io.talentplatform.platform.privacy;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that wraps every person's data key. It lives outside the database (configuration or a file), so that a
 * copy of the database alone reveals no personal field.
 */
public final class MasterKey {

    private static final int BYTES = 32;

    private final SecretKey key;

    private MasterKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("the master key must be 32 bytes (base64 of 256 bits)");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    public static MasterKey fromBase64(String base64) {
        return new MasterKey(Base64.getDecoder().decode(base64.trim()));
    }

    /** Reads the key from a file holding its base64; creates the file with a new random key when asked to. */
    public static MasterKey fromFile(Path file, boolean createIfMissing) {
        try {
            if (Files.notExists(file)) {
                if (!createIfMissing) {
                    throw new IllegalStateException("no master key at " + file
                            + "; set talent.privacy.master-key or talent.privacy.master-key-file");
                }
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] fresh = new byte[BYTES];
                new SecureRandom().nextBytes(fresh);
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Not a POSIX file system: the file keeps the default permissions.
                }
            }
            return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the master key at " + file, e);
        }
    }

    SecretKey key() {
        return key;
    }

    /**
     * A short, stable name for the key, stored beside each data key it wraps: the first 8 bytes of its SHA-256, in
     * hex. Tells an operator which rows a rotation has still to re-wrap, and a reader which key to use.
     */
    public String fingerprint() {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
