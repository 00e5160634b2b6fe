package io.talentplatform.standalone;

import io.talentplatform.platform.testing.TestInfrastructure;
import io.talentplatform.standalone.loop.TestMail;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole platform in one context on a random port, on the test JVM's PostgreSQL and broker, sending its inbox
 * digests to the test JVM's SMTP server. The classes so marked share one JVM and so one platform (Spring keeps the
 * context): each makes people, roles and capabilities of its own, counts only its own events, and puts back what it
 * changes (the clock, a stopped processor). A class that cannot ({@link OwnPlatform}) runs alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {TestInfrastructure.Initializer.class, TestMail.Initializer.class})
@Tag(StandaloneTest.TAG)
public @interface StandaloneTest {

    /** The tag surefire runs in one shared JVM (the standalone's pom). */
    String TAG = "shared-platform";
}
