package io.opendoms.platform.config;

import io.opendoms.platform.security.PlatformSecurityAutoConfiguration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Before any bean is created, refuses to start a service whose {@link RequiredSettings} are missing: the
 * database settings when it has a data source, the token issuer when it is the platform's resource server.
 * All missing settings are reported at once.
 */
public class RequiredSettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware, Ordered {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<RequiredSettings.Setting> required = new ArrayList<>();
        if (beanFactory.getBeanNamesForType(DataSource.class, true, false).length > 0) {
            required.addAll(RequiredSettings.DATABASE);
        }
        if (beanFactory.containsBeanDefinition(PlatformSecurityAutoConfiguration.FILTER_CHAIN_BEAN)) {
            required.addAll(RequiredSettings.TOKEN_ISSUER);
        }
        RequiredSettings.require(environment, required);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
