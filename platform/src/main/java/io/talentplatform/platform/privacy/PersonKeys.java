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
import java.util.List;
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
    /** The rows a rotation has still to re-wrap: a data key wrapped with another master key than the current one. */
    private static final String NOT_CURRENT = "wrapped_key IS NOT NULL AND master_key_id IS DISTINCT FROM ?";

    private final JdbcClient jdbc;
    private final MasterKeys masters;
    private final Duration cacheFor;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public PersonKeys(JdbcClient jdbc, MasterKeys masters, Duration cacheFor) {
        this.jdbc = jdbc;
        this.masters = masters;
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
        jdbc.sql("""
                        INSERT INTO person_key (subject_id, wrapped_key, master_key_id) VALUES (?, ?, ?)
                        ON CONFLICT (subject_id) DO NOTHING""")
                .params(subject, wrap(subject, newKey(), masters.current()), masters.current().fingerprint())
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

    /**
     * Re-wraps every data key not wrapped with the current master key, read {@code batch} rows at a time (the second
     * step of a rotation, docs/operations.md). Called outside a transaction, each row's update commits on its own, so
     * no row stays locked for the whole run. Each row is replaced only if it is still what was read, so a person
     * erased meanwhile stays erased; data keys themselves do not change, so nothing sealed with them is touched.
     */
    public Rewrapped rewrapAll(int batch) {
        String current = masters.current().fingerprint();
        int rewrapped = 0;
        String after = "";
        while (true) {
            List<Row> rows = jdbc.sql("""
                            SELECT subject_id, wrapped_key, master_key_id FROM person_key
                            WHERE NOT_CURRENT AND subject_id > ?
                            ORDER BY subject_id LIMIT ?""".replace("NOT_CURRENT", NOT_CURRENT))
                    .params(current, after, batch)
                    .query((rs, row) -> new Row(rs.getString(1), rs.getBytes(2), rs.getString(3)))
                    .list();
            for (Row row : rows) {
                SecretKey key = unwrap(row.subject(), row.wrapped(), row.masterKeyId());
                rewrapped += jdbc.sql("""
                                UPDATE person_key SET wrapped_key = ?, master_key_id = ?
                                WHERE subject_id = ? AND wrapped_key = ?""")
                        .params(wrap(row.subject(), key, masters.current()), current, row.subject(), row.wrapped())
                        .update();
                after = row.subject();
            }
            if (rows.size() < batch) {
                break;
            }
        }
        return new Rewrapped(current, rewrapped, remaining());
    }

    /** How many data keys are wrapped with another master key than the current one. */
    public long remaining() {
        return jdbc.sql("SELECT count(*) FROM person_key WHERE " + NOT_CURRENT)
                .param(masters.current().fingerprint())
                .query(Long.class)
                .single();
    }

    private Optional<SecretKey> load(String subject) {
        return jdbc.sql("SELECT wrapped_key, master_key_id FROM person_key WHERE subject_id = ?")
                .param(subject)
                .query((rs, row) -> rs.getBytes(1) == null ? Optional.<SecretKey>empty()
                        : Optional.of(unwrap(subject, rs.getBytes(1), rs.getString(2))))
                .optional()
                .flatMap(key -> key);
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

    private byte[] wrap(String subject, SecretKey key, MasterKey master) {
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

    /**
     * The data key, unwrapped with the master key named by {@code masterKeyId}; a row from before fingerprints were
     * kept (null) is tried with each configured key, the current first.
     */
    private SecretKey unwrap(String subject, byte[] wrapped, String masterKeyId) {
        List<MasterKey> candidates = masterKeyId == null ? masters.all()
                : masters.byFingerprint(masterKeyId).map(List::of).orElseThrow(() -> new IllegalStateException(
                        "the data key of " + subject + " is wrapped with master key " + masterKeyId
                                + ", which is not configured (talent.privacy.previous-master-keys during a rotation)"));
        GeneralSecurityException last = null;
        for (MasterKey master : candidates) {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, master.key(), new GCMParameterSpec(TAG_BITS, wrapped, 0, IV_BYTES));
                cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
                return new SecretKeySpec(cipher.doFinal(wrapped, IV_BYTES, wrapped.length - IV_BYTES), "AES");
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw new IllegalStateException("cannot unwrap the data key of " + subject
                + ": is this the master key the keys were wrapped with?", last);
    }

    private record Row(String subject, byte[] wrapped, String masterKeyId) {
    }

    /**
     * What a re-wrap did: the current master key's fingerprint, the data keys re-wrapped with it, and how many are
     * still wrapped with another (0 when the rotation is done).
     */
    public record Rewrapped(String masterKey, int rewrapped, long remaining) {
    }

    private record Cached(SecretKey key, long expiresAtNanos) {
        boolean fresh() {
            return System.nanoTime() < expiresAtNanos;
        }
    }
}
