package io.talentplatform.platform.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;

/** Puts {@link ProblemErrorReport} in place of Tomcat's HTML error page. */
@AutoConfiguration
@ConditionalOnClass(TomcatServletWebServerFactory.class)
public class TomcatProblems {

    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReport() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReport.class.getName());
            }
        });
    }
}
