package nl.slimmehandhaving;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Engine settings the product's promises rest on: if one of these silently changes, a promise breaks. */
class EngineConfigurationTest extends PostgresIntegrationTest {

    @Autowired
    ProcessEngineConfigurationImpl configuration;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void anUnchangedRestartDeploysNothingNew() {
        SpringProcessEngineConfiguration spring = (SpringProcessEngineConfiguration) configuration;
        assertThat(spring.isDeployChangedOnly()).isTrue();
        long deployments = repositoryService.createDeploymentQuery().count();
        Deployment current = repositoryService.createDeploymentQuery().orderByDeploymentTime().desc().list().get(0);

        DeploymentBuilder sameModelsAgain = repositoryService.createDeployment()
                .enableDuplicateFiltering(spring.isDeployChangedOnly()).name(current.getName());
        for (String resource : repositoryService.getDeploymentResourceNames(current.getId())) {
            sameModelsAgain.addInputStream(resource, repositoryService.getResourceAsStream(current.getId(), resource));
        }
        sameModelsAgain.deploy();

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void everyModelIsSharedAndEveryInstanceBelongsToItsOrganisation() {
        assertThat(repositoryService.createProcessDefinitionQuery().withoutTenantId().count())
                .isEqualTo(repositoryService.createProcessDefinitionQuery().count());
        assertThat(configuration.isTenantCheckEnabled()).isTrue();
        assertThat(configuration.getTenantIdProvider()).isNotNull();
    }

    @Test
    void authorizationsAreOnAndHistoryIsFull() {
        assertThat(configuration.isAuthorizationEnabled()).isTrue();
        assertThat(configuration.getHistory()).isEqualTo(ProcessEngineConfiguration.HISTORY_FULL);
        assertThat(configuration.isEnforceHistoryTimeToLive()).isTrue();
    }
}
