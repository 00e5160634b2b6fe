package io.talentplatform.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The pages, on port 8084 on their own: they call the command and query services' HTTP API with the signed-in
 * person's token, and hold no data of their own. The standalone build serves them at its root.
 */
@SpringBootApplication
public class WebApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(WebApplication.class)
                .properties("spring.config.name=web-service")
                .run(args);
    }
}
