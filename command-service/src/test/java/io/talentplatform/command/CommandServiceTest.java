package io.talentplatform.command;

import io.talentplatform.platform.testing.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The command service on a random port, against the test JVM's real PostgreSQL and broker. One shared context. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CommandServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=command-service")
@ContextConfiguration(initializers = TestInfrastructure.Initializer.class)
public @interface CommandServiceTest {
}
