package io.talentplatform.projections;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The read side's writer: streaming event processors that build every read model in PostgreSQL and publish the
 * Kafka streams. Scales out by segments claimed through the token store. Port 8083: the read models' status and
 * rebuilds (the admin API) and the actuator.
 */
@SpringBootApplication
public class ProjectionsApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(ProjectionsApplication.class)
                .properties("spring.config.name=projections")
                .run(args);
    }
}
