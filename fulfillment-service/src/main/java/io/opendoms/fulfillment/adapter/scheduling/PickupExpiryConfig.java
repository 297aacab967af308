package io.opendoms.fulfillment.adapter.scheduling;

import io.opendoms.fulfillment.application.ExpireUncollectedPickupsUseCase;
import io.opendoms.fulfillment.config.PickupProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(PickupProperties.class)
class PickupExpiryConfig implements SchedulingConfigurer {

    private final PickupExpiryJob job;
    private final PickupProperties properties;

    PickupExpiryConfig(ExpireUncollectedPickupsUseCase expire, PickupProperties properties, Clock clock) {
        this.job = new PickupExpiryJob(expire, properties, clock);
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(job, properties.checkInterval());
    }
}
