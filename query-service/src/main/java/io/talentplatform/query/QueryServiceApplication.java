package io.talentplatform.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The query API over the read models, and the audit API over the event store. Port 8082. */
@SpringBootApplication
public class QueryServiceApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(QueryServiceApplication.class)
                .properties("spring.config.name=query-service")
                .run(args);
    }
}
