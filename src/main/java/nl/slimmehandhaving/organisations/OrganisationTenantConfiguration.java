package nl.slimmehandhaving.organisations;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link OrganisationTenantIdProvider} on the process engine. The Camunda Spring Boot starter does not
 * pick up a {@code TenantIdProvider} bean by itself, but it applies every {@link ProcessEnginePlugin} bean
 * ({@code CamundaBpmConfiguration#processEngineConfigurationImpl(List<ProcessEnginePlugin>)}).
 */
@Configuration(proxyBeanMethods = false)
public class OrganisationTenantConfiguration {

    @Bean
    public OrganisationTenantIdProvider organisationTenantIdProvider() {
        return new OrganisationTenantIdProvider();
    }

    @Bean
    public ProcessEnginePlugin organisationTenantIdProviderPlugin(OrganisationTenantIdProvider tenantIdProvider) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setTenantIdProvider(tenantIdProvider);
            }
        };
    }
}
