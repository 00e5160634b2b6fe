package io.talentplatform.platform.settings;

import io.talentplatform.platform.settings.SettingsCheck.UnknownSettings;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A misspelt or unknown {@code talent.*} setting is reported, with the setting that was probably meant. */
class SettingsCheckTest {

    private static final Set<String> DECLARED = Set.of("talent.demo.enabled", "talent.data-dir",
            "talent.privacy.master-key", "talent.idempotency.retention");

    @Test
    void aMisspeltSettingIsReportedWithItsLikelyMeaning() {
        UnknownSettings unknown = UnknownSettings.find(environment(
                "--talent.demo.enabeld=true", "--talent.idempotency.retention=P7D", "--server.port=0"), DECLARED);

        assertThat(unknown.found()).containsOnlyKeys("talent.demo.enabeld");
        assertThat(unknown.found().get("talent.demo.enabeld")).isEqualTo("commandLineArgs");
        assertThat(unknown.closest("talent.demo.enabeld")).contains("talent.demo.enabled");
    }

    @Test
    void environmentVariablesAndRelaxedNamesAreTheSameSettings() {
        StandardEnvironment environment = environment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("systemEnvironment",
                Map.of("TALENT_DATA_DIR", "/srv/talent", "TALENT_PRIVACY_MASTERKEY_FILE", "x", "PATH", "/bin")));
        environment.getPropertySources().addLast(new MapPropertySource("application.yml",
                Map.of("talent.privacy.masterKey", "k", "talent.dataDir", "d")));

        UnknownSettings unknown = UnknownSettings.find(environment, DECLARED);

        assertThat(unknown.found()).containsOnlyKeys("TALENT_PRIVACY_MASTERKEY_FILE");
    }

    @Test
    void somethingFarFromEverySettingGetsNoSuggestion() {
        UnknownSettings unknown = UnknownSettings.find(environment("--talent.frobnicate=1"), DECLARED);

        assertThat(unknown.found()).containsOnlyKeys("talent.frobnicate");
        assertThat(unknown.closest("talent.frobnicate")).isEmpty();
    }

    @Test
    void theModulesDeclareTheirSettings() {
        assertThat(SettingsCheck.declared(getClass().getClassLoader()))
                .contains("talent.privacy.master-key", "talent.http.max-body-size", "talent.event-store.read-batch");
    }

    private static StandardEnvironment environment(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        return environment;
    }
}
