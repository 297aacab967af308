package io.opendoms.fulfillment.adapter.scheduling;

import io.opendoms.fulfillment.application.FulfillmentExceptionsUseCase;
import io.opendoms.fulfillment.config.FulfillmentExceptionProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(FulfillmentExceptionProperties.class)
class FulfillmentExceptionConfig implements SchedulingConfigurer {

    private final FulfillmentExceptionJob job;
    private final FulfillmentExceptionProperties properties;

    FulfillmentExceptionConfig(FulfillmentExceptionsUseCase exceptions, FulfillmentExceptionProperties properties,
                               Clock clock) {
        this.job = new FulfillmentExceptionJob(exceptions, properties, clock);
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(job, properties.checkInterval());
    }
}
