package io.talentplatform.command.http;

import io.talentplatform.platform.web.ProblemWriter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Registers the command transaction and idempotency filter right after Spring Security (which runs at -100). */
@Configuration(proxyBeanMethods = false)
class CommandHttp {

    static final int AFTER_SECURITY = -100 + 10;

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store,
                                                                PlatformTransactionManager transactions,
                                                                ProblemWriter problems) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(store, transactions, problems));
        registration.setOrder(AFTER_SECURITY);
        return registration;
    }
}
