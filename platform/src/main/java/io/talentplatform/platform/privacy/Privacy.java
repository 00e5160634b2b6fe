package io.talentplatform.platform.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Per-person encryption of personal fields (crypto-shredding). The master key comes from
 * {@code talent.privacy.master-key} (base64) or {@code talent.privacy.master-key-file}; the standalone build keeps
 * one in its data directory and creates it on first start.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration")
public class Privacy {

    @Bean
    public MasterKey masterKey(@Value("${talent.privacy.master-key:}") String base64,
                               @Value("${talent.privacy.master-key-file:}") String file,
                               @Value("${talent.privacy.create-master-key-if-missing:false}") boolean create) {
        if (!base64.isBlank()) {
            return MasterKey.fromBase64(base64);
        }
        if (file.isBlank()) {
            throw new IllegalStateException("Personal data is encrypted with a master key: set "
                    + "talent.privacy.master-key (base64 of 32 random bytes) or talent.privacy.master-key-file.");
        }
        return MasterKey.fromFile(Path.of(file), create);
    }

    /**
     * The current master key, and during a rotation the ones it replaces ({@code talent.privacy.previous-master-keys},
     * base64, comma-separated): data keys wrapped with those are still read until the re-wrap is done.
     */
    @Bean
    public MasterKeys masterKeys(MasterKey masterKey,
                                 @Value("${talent.privacy.previous-master-keys:}") List<String> previous) {
        return new MasterKeys(masterKey, previous.stream().filter(key -> !key.isBlank())
                .map(MasterKey::fromBase64).toList());
    }

    @Bean
    public PersonKeys personKeys(JdbcClient jdbc, MasterKeys masterKeys,
                                 @Value("${talent.privacy.key-cache:60s}") Duration cacheFor) {
        return new PersonKeys(jdbc, masterKeys, cacheFor);
    }

    @Bean
    public Sealer sealer(PersonKeys keys) {
        return new Sealer(keys);
    }

    @Bean
    public PersonalDataModule personalDataModule(Sealer sealer) {
        return new PersonalDataModule(sealer);
    }
}
