package io.talentplatform.platform.privacy;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Encrypts one personal field with its person's key (AES-GCM, bound to the person and the field's path, so that a
 * sealed value cannot be moved to another person or field), and opens it again while the key exists.
 */
public class Sealer {

    /** What a personal field reads as once its person's key is destroyed. */
    public static final String ERASED = "[erased]";
    /** What a personal field reads as to a reader that never opens them ({@link UnopenedPersonalData}). */
    public static final String NOT_OPENED = "[not opened]";
    static final String PREFIX = "sealed:v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final PersonKeys keys;
    private final SecureRandom random = new SecureRandom();
    /**
     * One cipher per thread, initialised afresh for every field: looking a cipher up through the provider list is
     * the costliest part of opening a short field, and a replay opens millions of them.
     */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(Sealer::newCipher);

    public Sealer(PersonKeys keys) {
        this.keys = keys;
    }

    String seal(String subject, String path, String plain) {
        if (plain == null || plain.startsWith(PREFIX)) {
            return plain;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys.forWriting(subject), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(subject, path));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a personal field", e);
        }
    }

    String open(String subject, String path, String value) {
        if (value == null || !value.startsWith(PREFIX)) {
            return value;
        }
        Optional<SecretKey> key = keys.forReading(subject);
        if (key.isEmpty()) {
            return ERASED;
        }
        try {
            byte[] sealed = Base64.getDecoder().decode(value.substring(PREFIX.length()));
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(aad(subject, path));
            return new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a personal field of " + subject + " does not open with their key", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM has no AES/GCM", e);
        }
    }

    private static byte[] aad(String subject, String path) {
        return (subject + "|" + path).getBytes(StandardCharsets.UTF_8);
    }
}
