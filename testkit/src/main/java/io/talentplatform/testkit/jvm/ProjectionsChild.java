package io.talentplatform.testkit.jvm;

import io.talentplatform.projections.ProjectionsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A projections service in a JVM of its own, started by a test that kills it as a machine dies, or by a benchmark
 * that adds a second node: its arguments are the service's properties ({@code --name=value}).
 */
public final class ProjectionsChild {

    private ProjectionsChild() {
    }

    public static void main(String[] args) {
        ChildJvm.endWithParent();
        new SpringApplicationBuilder(ProjectionsApplication.class)
                .properties("spring.config.name=projections")
                .run(args);
    }
}
