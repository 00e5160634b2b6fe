package io.talentplatform.platform.web;

import io.talentplatform.platform.security.AudienceFilter;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.CallerResolver;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/** The HTTP conventions of INTERFACES.md that every service shares: body limit, problem+json, the caller. */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@Import(ProblemResponses.class)
public class HttpConventions {

    static {
        // The caller comes from the bearer token, not from the request: not a parameter of the OpenAPI document.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    /** What the OpenAPI document says beyond the controllers' signatures: the token, the headers, the problems. */
    @Bean
    public ApiDocument apiDocument() {
        return new ApiDocument();
    }

    @Bean
    public ProblemWriter problemWriter(JsonMapper json) {
        return new ProblemWriter(json);
    }

    /** Runs before security so that an oversized body is refused before anything, including a token check. */
    @Bean
    public FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(
            @Value("${talent.http.max-body-size:64KB}") DataSize limit,
            @Value("${talent.http.max-file-size:16MB}") DataSize fileLimit, ProblemWriter problems) {
        FilterRegistrationBean<BodyLimitFilter> registration =
                new FilterRegistrationBean<>(new BodyLimitFilter(limit, fileLimit, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Before everything that may read a parameter, security included. */
    @Bean
    public FilterRegistrationBean<QueryStringCheck> queryStringCheck(ProblemWriter problems) {
        FilterRegistrationBean<QueryStringCheck> registration =
                new FilterRegistrationBean<>(new QueryStringCheck(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /** Picked up by Spring Boot's Jackson: every answer is cut to its viewer's audience. */
    @Bean
    public AudienceFilter audienceFilter() {
        return new AudienceFilter();
    }

    @Bean
    public WebMvcConfigurer callerArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerResolver());
            }
        };
    }
}
