package io.talentplatform.standalone;

import io.talentplatform.platform.testing.Http;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The production shape in a test: each service its own Spring application, on a free port, on given properties. */
public final class SeparateServices {

    private SeparateServices() {
    }

    /** Starts {@code application} with its own configuration file ({@code configName}.yml) and {@code properties}. */
    public static ConfigurableApplicationContext start(Class<?> application, String configName,
                                                       Map<String, Object> properties) {
        List<String> arguments = new ArrayList<>();
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        arguments.add("--server.port=0");
        return new SpringApplicationBuilder(application)
                .properties("spring.config.name=" + configName)
                .run(arguments.toArray(String[]::new));
    }

    /** A client of the service's HTTP port. */
    public static Http http(ConfigurableApplicationContext service) {
        return Http.at(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
    }

    /** The body of {@code POST /employees/{id}/capabilities}: evidence from a conversation. */
    public static String capability(String name, int level) {
        return """
                {"capability":"%s","level":%d,"evidence":"evidence for %s","source":"CONVERSATION",
                 "observedOn":"2026-02-01"}""".formatted(name, level, name);
    }
}
