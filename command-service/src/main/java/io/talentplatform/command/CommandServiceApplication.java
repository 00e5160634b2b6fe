package io.talentplatform.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The command side: the HTTP command API, the aggregates that check the rules, and the event store they append to.
 * Runs on port 8081 on its own; the standalone build runs it together with the other two services.
 */
@SpringBootApplication
public class CommandServiceApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(CommandServiceApplication.class)
                .properties("spring.config.name=command-service")
                .run(args);
    }
}
