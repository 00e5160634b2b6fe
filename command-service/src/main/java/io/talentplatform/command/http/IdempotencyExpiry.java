package io.talentplatform.command.http;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.talentplatform.platform.time.PlatformClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Stored answers to idempotent requests are kept for {@code talent.idempotency.retention} (30 days unless set), long
 * enough for any client's retries, then deleted by a recurring task on the deadline scheduler, so the table does not
 * grow with every command ever sent. After that a reused key is a new request (README.md, idempotency).
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyExpiry {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyExpiry.class);

    @Bean
    RecurringTask<Void> idempotencyExpiryTask(IdempotencyStore store, PlatformClock clock,
                                              @Value("${talent.idempotency.retention:P30D}") Duration retention,
                                              @Value("${talent.idempotency.expiry-interval:PT1H}") Duration every) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("talent.idempotency.retention must be positive, not " + retention);
        }
        return Tasks.recurring("idempotency-expiry", Schedules.fixedDelay(every))
                .execute((instance, context) -> {
                    int expired = store.expireBefore(clock.instant().minus(retention));
                    if (expired > 0) {
                        log.info("Expired {} stored idempotent answers older than {}", expired, retention);
                    }
                });
    }
}
