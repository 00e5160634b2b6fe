package io.talentplatform.standalone.demo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both ways of asking for the demo organisation ask for it, and the size settings still bind beside the short form:
 * the settings are bound as the application binds them.
 */
class DemoRequestTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DemoData.Settings.class)
    static class DemoSettings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(DemoSettings.class);

    @Test
    void theShortFormOfInterfacesMdAsksForTheDemo() {
        assertThat(requested("talent.demo=true")).isTrue();
        assertThat(requested("talent.demo=true", "talent.demo.people=40")).isTrue();
        runner.withPropertyValues("talent.demo=true", "talent.demo.people=40").run(context ->
                assertThat(context.getBean(DemoData.Settings.class).people()).isEqualTo(40));
    }

    @Test
    void theLongFormStillWorks() {
        assertThat(requested("talent.demo.enabled=true")).isTrue();
    }

    @Test
    void withoutEitherThereIsNoDemo() {
        assertThat(requested()).isFalse();
        assertThat(requested("talent.demo=false")).isFalse();
        assertThat(requested("talent.demo.people=40")).isFalse();
    }

    private boolean requested(String... properties) {
        boolean[] requested = new boolean[1];
        runner.withPropertyValues(properties).run(context -> {
            assertThat(context).hasNotFailed();
            requested[0] = DemoData.requested(context.getBean(DemoData.Settings.class), context.getEnvironment());
        });
        return requested[0];
    }
}
