package io.talentplatform.platform.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each person's data key, kept wrapped (AES-GCM under the {@link MasterKey}) in the {@code person_key} table.
 * Destroying a key is erasure. Keys are cached briefly in memory; only keys known to be committed are cached, and a
 * destroyed key is dropped from this process's cache at once (other processes drop it when they see the erasure
 * event, or at the latest when the entry expires).
 */
public class PersonKeys {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcClient jdbc;
    private final MasterKey master;
    private final Duration cacheFor;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public PersonKeys(JdbcClient jdbc, MasterKey master, Duration cacheFor) {
        this.jdbc = jdbc;
        this.master = master;
        this.cacheFor = cacheFor;
    }

    /** The person's key for reading their fields, or empty when it was destroyed (or never existed). */
    public Optional<SecretKey> forReading(String subject) {
        Cached cached = cache.get(subject);
        if (cached != null && cached.fresh()) {
            return Optional.of(cached.key());
        }
        Optional<SecretKey> key = load(subject);
        key.ifPresent(found -> remember(subject, found));
        return key;
    }

    /** The person's key for writing, created on first use; refused once the person was erased. */
    public SecretKey forWriting(String subject) {
        Cached cached = cache.get(subject);
        if (cached != null && cached.fresh()) {
            return cached.key();
        }
        jdbc.sql("INSERT INTO person_key (subject_id, wrapped_key) VALUES (?, ?) ON CONFLICT (subject_id) DO NOTHING")
                .params(subject, wrap(subject, newKey()))
                .update();
        SecretKey key = load(subject).orElseThrow(() -> new PersonErasedException(subject));
        remember(subject, key);
        return key;
    }

    /** Erasure: the wrapped key is destroyed for good. Also blocks any later write for this person. */
    public void destroy(String subject) {
        jdbc.sql("""
                        INSERT INTO person_key (subject_id, wrapped_key, erased_at) VALUES (?, NULL, now())
                        ON CONFLICT (subject_id) DO UPDATE SET wrapped_key = NULL, erased_at = now()""")
                .param(subject)
                .update();
        forget(subject);
    }

    /** Drops the person's key from this process's cache. */
    public void forget(String subject) {
        cache.remove(subject);
    }

    private Optional<SecretKey> load(String subject) {
        return jdbc.sql("SELECT wrapped_key FROM person_key WHERE subject_id = ?")
                .param(subject)
                .query((rs, row) -> Optional.ofNullable(rs.getBytes(1)))
                .optional()
                .flatMap(wrapped -> wrapped.map(bytes -> unwrap(subject, bytes)));
    }

    /** Caches a key only once the transaction that may have created it has committed. */
    private void remember(String subject, SecretKey key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.put(subject, new Cached(key, System.nanoTime() + cacheFor.toNanos()));
                }
            });
        } else {
            cache.put(subject, new Cached(key, System.nanoTime() + cacheFor.toNanos()));
        }
    }

    private SecretKey newKey() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }

    private byte[] wrap(String subject, SecretKey key) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, master.key(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(key.getEncoded());
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap a data key", e);
        }
    }

    private SecretKey unwrap(String subject, byte[] wrapped) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, master.key(), new GCMParameterSpec(TAG_BITS, wrapped, 0, IV_BYTES));
            cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(cipher.doFinal(wrapped, IV_BYTES, wrapped.length - IV_BYTES), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot unwrap the data key of " + subject
                    + ": is this the master key the keys were wrapped with?", e);
        }
    }

    private record Cached(SecretKey key, long expiresAtNanos) {
        boolean fresh() {
            return System.nanoTime() < expiresAtNanos;
        }
    }
}
