package io.talentplatform.standalone.privacy;

import io.talentplatform.command.CommandServiceApplication;
import io.talentplatform.platform.privacy.MasterKey;
import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TestInfrastructure;
import io.talentplatform.standalone.Catalogue;
import io.talentplatform.standalone.SeparateDatabase;
import io.talentplatform.standalone.SeparateServices;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/operations.md, "Rotating the master key", step by step, on a command service of its own: people registered
 * under the old key (one of them from before fingerprints were kept, one erased); the service restarted with the new
 * key as current and the old one as previous, where everyone is still read; the re-wrap; the service restarted with
 * the new key alone, where everyone is still read, and with the old key alone, where nobody is any more.
 */
class MasterKeyRotationTest {

    @Test
    void everyPersonsDataKeyIsReWrappedWithTheNewMasterKeyAndTheOldOneIsNoLongerNeeded() {
        String database = SeparateDatabase.create("rotation");
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(database));
        String oldKey = newKey();
        String newKey = newKey();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String ada = "E-ada-" + suffix;
        String alan = "E-alan-" + suffix;
        String barbara = "E-barbara-" + suffix;
        String grace = "M-grace-" + suffix;

        try (ConfigurableApplicationContext before = start(database, oldKey, "")) {
            Http hr = SeparateServices.http(before).as("HR-1", "HR");
            register(hr, grace, "Grace Hopper", null);
            register(hr, ada, "Ada Lovelace", grace);
            register(hr, alan, "Alan Turing", grace);
            register(hr, barbara, "Barbara Liskov", grace);
            Catalogue.ensure(hr, "mentoring");
            hr.post("/api/v1/employees/" + barbara + "/departure", """
                    {"effectiveOn":"%s","reason":"VOLUNTARY","regretted":false}""".formatted(LocalDate.now())).ok();
            assertThat(hr.post("/api/v1/employees/" + barbara + "/erasure",
                    "{\"requestedBy\":\"HR-1\",\"reason\":\"GDPR art. 17 request\"}").status()).isEqualTo(200);
        }
        String oldFingerprint = MasterKey.fromBase64(oldKey).fingerprint();
        String newFingerprint = MasterKey.fromBase64(newKey).fingerprint();
        assertThat(wrappedWith(jdbc, ada)).isEqualTo(oldFingerprint);
        // A data key wrapped before fingerprints were kept: read by trying each key, re-wrapped like the rest.
        jdbc.sql("UPDATE person_key SET master_key_id = NULL WHERE subject_id = ?").param(alan).update();

        Map<String, Object> rewrapped;
        try (ConfigurableApplicationContext during = start(database, newKey, oldKey)) {
            Http service = SeparateServices.http(during);
            assertThat(evidence(service, grace, ada).status()).as("Ada, read with the previous key").isEqualTo(201);
            assertThat(evidence(service, grace, alan).status()).as("Alan, read by trying the keys").isEqualTo(201);
            String linus = "E-linus-" + suffix;
            register(service.as("HR-1", "HR"), linus, "Linus Torvalds", grace);
            assertThat(wrappedWith(jdbc, linus)).as("a new person's key").isEqualTo(newFingerprint);

            assertThat(service.as(ada, "EMPLOYEE").post("/api/v1/admin/privacy/master-key/rewrap", "{}").status())
                    .isEqualTo(403);
            Answer first = service.as("HR-1", "HR").post("/api/v1/admin/privacy/master-key/rewrap", "{}");
            assertThat(first.status()).as(first.body()).isEqualTo(200);
            rewrapped = Map.of("masterKey", first.json().get("masterKey").asString(),
                    "rewrapped", first.json().get("rewrapped").asInt(),
                    "remaining", first.json().get("remaining").asLong());
            Answer again = service.as("HR-1", "HR").post("/api/v1/admin/privacy/master-key/rewrap", "{}");
            assertThat(again.json().get("rewrapped").asInt()).as("a second run has nothing left to do").isZero();
        }
        long stillOld = jdbc.sql("""
                        SELECT count(*) FROM person_key
                        WHERE wrapped_key IS NOT NULL AND master_key_id IS DISTINCT FROM ?""")
                .param(newFingerprint).query(Long.class).single();
        assertThat(rewrapped).containsEntry("masterKey", newFingerprint).containsEntry("remaining", 0L);
        assertThat((Integer) rewrapped.get("rewrapped")).as("Grace, Ada and Alan at least").isGreaterThanOrEqualTo(3);
        assertThat(stillOld).isZero();
        assertThat(jdbc.sql("SELECT wrapped_key IS NULL FROM person_key WHERE subject_id = ?").param(barbara)
                .query(Boolean.class).single()).as("Barbara stays erased").isTrue();

        try (ConfigurableApplicationContext after = start(database, newKey, "")) {
            Http service = SeparateServices.http(after);
            assertThat(evidence(service, grace, ada).status()).as("Ada, with the new key alone").isEqualTo(201);
            assertThat(evidence(service, grace, alan).status()).as("Alan, with the new key alone").isEqualTo(201);
        }
        try (ConfigurableApplicationContext oldOnly = start(database, oldKey, "")) {
            assertThat(evidence(SeparateServices.http(oldOnly), grace, ada).status())
                    .as("the old key opens nothing any more").isGreaterThanOrEqualTo(500);
        }
    }

    private static ConfigurableApplicationContext start(String database, String masterKey, String previous) {
        Map<String, Object> properties = new HashMap<>(TestInfrastructure.properties());
        properties.put("spring.datasource.url", database);
        properties.put("talent.privacy.master-key", masterKey);
        properties.put("talent.privacy.previous-master-keys", previous);
        // No key cache: each request reads the wrapped key as stored.
        properties.put("talent.privacy.key-cache", "0s");
        return SeparateServices.start(CommandServiceApplication.class, "command-service", properties);
    }

    private static Answer evidence(Http service, String manager, String employee) {
        return service.as(manager, "MANAGER").post("/api/v1/employees/" + employee + "/capabilities",
                SeparateServices.capability("mentoring", 2));
    }

    private static void register(Http hr, String id, String name, String manager) {
        assertThat(hr.post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"%s","jobTitle":"Engineer","level":"L4","function":"Engineering"%s}"""
                .formatted(id, name, manager == null ? "" : ",\"managerId\":\"" + manager + "\"")).status())
                .isEqualTo(201);
    }

    private static String wrappedWith(JdbcClient jdbc, String subject) {
        List<String> found = jdbc.sql("SELECT master_key_id FROM person_key WHERE subject_id = ?").param(subject)
                .query(String.class).list();
        assertThat(found).as(subject + "'s data key").hasSize(1);
        return found.get(0);
    }

    private static String newKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
