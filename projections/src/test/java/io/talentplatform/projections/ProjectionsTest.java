package io.talentplatform.projections;

import io.talentplatform.platform.testing.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The projections service against the test JVM's PostgreSQL and broker. One shared context. Its tests load histories
 * and compare read models before and after a rebuild, so the match recorder, which would append rankings for their
 * decisions at a moment of its own, records nothing here; system-tests' ContestableMatchingTest covers it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ProjectionsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=projections", "talent.match-records.within=0s"})
@ContextConfiguration(initializers = TestInfrastructure.Initializer.class)
public @interface ProjectionsTest {
}
