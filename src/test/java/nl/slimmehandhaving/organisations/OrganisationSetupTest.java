package nl.slimmehandhaving.organisations;

import nl.slimmehandhaving.PostgresIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.slimmehandhaving.security.HttpProbe;
import nl.slimmehandhaving.security.TenantProbeSupport;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

class OrganisationSetupTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationSetup organisationSetup;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    FilterService filterService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @Test
    void tenantsGroupsAndTenantMembershipsExist() {
        assertThat(identityService.createTenantQuery().tenantIdIn("uwv", "gemeente-groningen", "gemeente-utrecht")
                .count()).isEqualTo(3);
        assertThat(identityService.createGroupQuery().groupId("uwv-handhavers").singleResult().getName())
                .isEqualTo("Handhavers UWV");
        for (String group : OrganisationSetup.allGroupIds()) {
            assertThat(identityService.createGroupQuery().groupId(group).count()).as(group).isOne();
        }
        assertThat(tenantsOfGroup("gemeente-groningen-handhavers")).containsExactly("gemeente-groningen");
        assertThat(tenantsOfGroup("gemeente-utrecht-senior-handhavers")).containsExactly("gemeente-utrecht");
        assertThat(tenantsOfGroup("auditors")).containsExactlyInAnyOrder("uwv", "gemeente-groningen",
                "gemeente-utrecht");
    }

    @Test
    void demoUsersHaveTheirGroupsAndOrganisations() {
        assertThat(groupsOf("anna")).containsExactly("uwv-handhavers");
        assertThat(groupsOf("bas")).containsExactlyInAnyOrder("uwv-handhavers", "uwv-senior-handhavers");
        assertThat(groupsOf("daan")).containsExactlyInAnyOrder("gemeente-groningen-handhavers",
                "gemeente-groningen-senior-handhavers");
        assertThat(groupsOf("femke")).containsExactlyInAnyOrder("gemeente-utrecht-handhavers",
                "gemeente-utrecht-senior-handhavers");
        assertThat(groupsOf("ruben")).containsExactly("auditors");
        assertThat(groupsOf("pim")).containsExactly("procesbeheerders");
        assertThat(groupsOf("demo")).containsExactly("camunda-admin");
        assertThat(identityService.checkPassword("eva", "demo")).isTrue();
        assertThat(identityService.createUserQuery().userId("carla").singleResult().getEmail()).isNotBlank();
        assertThat(tenantsOfUser("carla")).containsExactly("gemeente-groningen");
        assertThat(tenantsOfUser("demo")).hasSize(3);
        assertThat(tenantsOfUser("ruben")).hasSize(3);
    }

    @Test
    void authorizationsFollowTheTable() {
        // caseworkers: work in Tasklist, start processes, never deploy
        assertThat(granted("anna", Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
        assertThat(granted("anna", ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "x"))
                .isTrue();
        assertThat(granted("anna", Permissions.CREATE, Resources.DEPLOYMENT, null)).isFalse();
        assertThat(granted("anna", Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
        assertThat(granted("anna", ProcessDefinitionPermissions.READ_TASK, Resources.PROCESS_DEFINITION, "x"))
                .isFalse();
        // auditors: read history, change nothing
        assertThat(granted("ruben", ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION, "x"))
                .isTrue();
        assertThat(granted("ruben", Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
        assertThat(granted("ruben", ProcessDefinitionPermissions.UPDATE, Resources.PROCESS_DEFINITION, "x")).isFalse();
        assertThat(granted("ruben", TaskPermissions.UPDATE, Resources.TASK, "x")).isFalse();
        assertThat(granted("ruben", TaskPermissions.TASK_WORK, Resources.TASK, "x")).isFalse();
        assertThat(granted("ruben", Permissions.CREATE, Resources.DEPLOYMENT, null)).isFalse();
        // process owners: deploy, no casework
        assertThat(granted("pim", Permissions.CREATE, Resources.DEPLOYMENT, null)).isTrue();
        assertThat(granted("pim", TaskPermissions.TASK_WORK, Resources.TASK, "x")).isFalse();
        assertThat(granted("pim", TaskPermissions.UPDATE, Resources.TASK, "x")).isFalse();
        assertThat(granted("pim", ProcessDefinitionPermissions.TASK_WORK, Resources.PROCESS_DEFINITION, "x"))
                .isFalse();
    }

    @Test
    void setupIsIdempotent() {
        long authorizations = authorizationService.createAuthorizationQuery().count();
        long filters = filterService.createFilterQuery().count();
        long tenants = identityService.createTenantQuery().count();

        organisationSetup.setUp();
        organisationSetup.setUp();

        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
        assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
        assertThat(identityService.createTenantQuery().count()).isEqualTo(tenants);
        for (String name : List.of(OrganisationSetup.FILTER_MY_TASKS, OrganisationSetup.FILTER_TEAM_TASKS,
                OrganisationSetup.FILTER_OVERDUE)) {
            assertThat(filterService.createFilterQuery().filterName(name).count()).as(name).isOne();
        }
    }

    @Test
    void caseworkersListTheTasklistFiltersAndTheTeamFilterShowsOnlyTheirOrganisation() {
        HttpProbe http = new HttpProbe(port);
        HttpProbe.Response filters = http.get("/engine-rest/filter", "carla");
        assertThat(filters.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        filters.json().forEach(f -> names.add(f.path("name").asText()));
        assertThat(names).contains("Mijn taken", "Taken van mijn team", "Te laat");
        assertThat(http.get("/engine-rest/filter", "bas").body()).contains("Taken van mijn team");
        // an auditor is no Tasklist user
        assertThat(http.get("/engine-rest/filter", "ruben").body()).doesNotContain("Taken van mijn team");

        TenantProbeSupport probes = new TenantProbeSupport(repositoryService, runtimeService, taskService);
        try {
            probes.deploy();
            Task groningen = probes.start("gemeente-groningen");
            Task utrecht = probes.start("gemeente-utrecht");
            Filter team = filterService.createFilterQuery().filterName(OrganisationSetup.FILTER_TEAM_TASKS)
                    .singleResult();
            HttpProbe.Response list = http.get("/engine-rest/filter/" + team.getId() + "/list?maxResults=1000",
                    "carla");
            assertThat(list.status()).isEqualTo(200);
            List<String> ids = new ArrayList<>();
            for (JsonNode task : list.json()) {
                ids.add(task.path("id").asText());
            }
            assertThat(ids).contains(groningen.getId()).doesNotContain(utrecht.getId());
        } finally {
            probes.cleanUp();
        }
    }

    private boolean granted(String userId, Permission permission, Resource resource, String resourceId) {
        List<String> groups = groupsOf(userId);
        return resourceId == null
                ? authorizationService.isUserAuthorized(userId, groups, permission, resource)
                : authorizationService.isUserAuthorized(userId, groups, permission, resource, resourceId);
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private List<String> tenantsOfGroup(String groupId) {
        return identityService.createTenantQuery().groupMember(groupId).list().stream().map(t -> t.getId()).toList();
    }

    private List<String> tenantsOfUser(String userId) {
        return identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                .map(t -> t.getId()).toList();
    }
}
