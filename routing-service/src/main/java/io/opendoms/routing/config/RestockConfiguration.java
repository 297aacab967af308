package io.opendoms.routing.config;

import io.opendoms.routing.application.RestockBackordersService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Re-sources backorders every {@code opendoms.routing.restock.interval} (see {@link RestockBackordersService}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(RestockProperties.class)
class RestockConfiguration implements SchedulingConfigurer {

    private final RestockProperties properties;
    private final RestockBackordersService restock;

    RestockConfiguration(RestockProperties properties, @Lazy RestockBackordersService restock) {
        this.properties = properties;
        this.restock = restock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(() -> restock.restockDue(properties.batch()), properties.interval());
    }
}
