package io.talentplatform.command.deadlines;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.talentplatform.platform.time.PlatformClock;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;

/**
 * The persistent scheduler behind Axon's deadlines and the platform's recurring housekeeping (Axon's
 * {@code DbSchedulerDeadlineManager} is configured by Axon once this scheduler exists). Deadlines are rows in
 * {@code scheduled_tasks}, written in the same transaction as the events that set them, so they survive restarts and
 * are never set for a command that rolled back. The scheduler runs on the platform clock: when the standalone's dev
 * clock moves forward, due deadlines fire.
 */
@Configuration(proxyBeanMethods = false)
class Deadlines {

    @Bean(destroyMethod = "stop")
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks, PlatformClock clock,
                                @Value("${talent.deadlines.polling-interval:1s}") Duration polling) {
        // Recurring tasks are registered by startTasks, which also schedules their first run; the rest by name.
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource),
                        tasks.stream().filter(task -> !(task instanceof RecurringTask)).toList())
                .startTasks(tasks.stream().filter(RecurringTask.class::isInstance)
                        .map(task -> (RecurringTask<?>) task).toList())
                .clock(clock::instant)
                .pollingInterval(polling)
                .threads(2)
                .alwaysPersistTimestampInUTC()
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }

    /**
     * Axon's deadline manager on this scheduler. Declared here (instead of Axon's auto-configured one) so that Axon
     * neither starts nor stops the scheduler: its lifecycle is the one below, which can pause and resume.
     */
    @Bean
    DeadlineManager deadlineManager(Scheduler scheduler, org.axonframework.config.Configuration configuration,
                                    @Qualifier("eventSerializer") Serializer serializer,
                                    TransactionManager transactions) {
        return DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .serializer(serializer)
                .transactionManager(transactions)
                .startScheduler(false)
                .stopScheduler(false)
                .build();
    }

    /**
     * Starts polling once the application is up. A lifecycle stop pauses it (a stopped context may be started again,
     * as Spring's test context cache does); it is shut down for good when the context closes.
     */
    @Bean
    SmartLifecycle deadlineSchedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;
            private volatile boolean started;

            @Override
            public void start() {
                if (started) {
                    scheduler.resume();
                } else {
                    scheduler.start();
                    started = true;
                }
                running = true;
            }

            @Override
            public void stop() {
                scheduler.pause();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
