package nl.slimmehandhaving.organisations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates (at every start, on every profile, idempotently) the tenants, groups, tenant memberships of the groups,
 * the Tasklist filters and the authorizations of {@link AuthorizationTable}. Existing grants of the table's
 * (group, resource, resource id) combinations are brought back to exactly the table's permissions.
 *
 * <p>Start order of the application runners: {@link #ORDER} (0) this class, {@link DemoIdentities#ORDER} (10)
 * demo users, {@link #DEMO_CASES_ORDER} (20) demo cases ({@code DemoCases}).
 */
@Component
@Order(OrganisationSetup.ORDER)
public class OrganisationSetup implements ApplicationRunner {

    public static final int ORDER = 0;
    /** Order for {@code DemoCases}: after {@link DemoIdentities} so its users, groups and tenants exist. */
    public static final int DEMO_CASES_ORDER = 20;

    public static final String FILTER_MY_TASKS = "Mijn taken";
    public static final String FILTER_TEAM_TASKS = "Taken van mijn team";
    public static final String FILTER_OVERDUE = "Te laat";

    private static final Logger LOG = LoggerFactory.getLogger(OrganisationSetup.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;

    public OrganisationSetup(IdentityService identityService, AuthorizationService authorizationService,
            FilterService filterService, TaskService taskService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Override
    public void run(ApplicationArguments args) {
        setUp();
    }

    /** Idempotent; runs without an authenticated user (engine authorization checks do not apply). */
    public void setUp() {
        for (Organisation organisation : Organisation.values()) {
            ensureTenant(organisation.tenantId(), organisation.displayName());
            ensureGroup(organisation.caseworkerGroup(), "Handhavers " + organisation.displayName(), "WORKFLOW");
            ensureGroup(organisation.seniorCaseworkerGroup(), "Senior handhavers " + organisation.displayName(),
                    "WORKFLOW");
        }
        ensureGroup(Groups.AUDITORS, "Auditors", "WORKFLOW");
        ensureGroup(Groups.PROCESS_OWNERS, "Procesbeheerders", "WORKFLOW");
        ensureGroup(Groups.CAMUNDA_ADMIN, "camunda BPM Administrators",
                org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM);

        for (String groupId : allGroupIds()) {
            for (String tenantId : AuthorizationTable.tenantsOf(groupId)) {
                ensureTenantGroupMembership(tenantId, groupId);
            }
        }

        List<String> filterIds = List.of(
                ensureFilter(FILTER_MY_TASKS, "Taken die aan mij zijn toegewezen", -10,
                        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
                ensureFilter(FILTER_TEAM_TASKS, "Taken van mijn groepen, ook als ze al zijn toegewezen", 0,
                        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                                .includeAssignedTasks()),
                ensureFilter(FILTER_OVERDUE, "Taken waarvan de vervaldatum is verstreken", 10,
                        taskService.createTaskQuery().dueBeforeExpression("${now()}")));

        for (AuthorizationTable.Grant grant : AuthorizationTable.grants()) {
            if (AuthorizationTable.TASKLIST_FILTERS.equals(grant.resourceId())) {
                for (String filterId : filterIds) {
                    ensureGrant(new AuthorizationTable.Grant(grant.groupId(), grant.resource(), filterId,
                            grant.permissions()));
                }
            } else {
                ensureGrant(grant);
            }
        }
        LOG.info("Organisations, groups, Tasklist filters and authorizations are set up");
    }

    public static List<String> allGroupIds() {
        List<String> groups = new ArrayList<>();
        for (Organisation organisation : Organisation.values()) {
            groups.add(organisation.caseworkerGroup());
            groups.add(organisation.seniorCaseworkerGroup());
        }
        groups.add(Groups.AUDITORS);
        groups.add(Groups.PROCESS_OWNERS);
        groups.add(Groups.CAMUNDA_ADMIN);
        return groups;
    }

    private void ensureTenant(String id, String name) {
        Tenant tenant = identityService.createTenantQuery().tenantId(id).singleResult();
        if (tenant == null) {
            tenant = identityService.newTenant(id);
            tenant.setName(name);
            identityService.saveTenant(tenant);
        }
    }

    private void ensureGroup(String id, String name, String type) {
        Group group = identityService.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    private void ensureTenantGroupMembership(String tenantId, String groupId) {
        if (identityService.createTenantQuery().tenantId(tenantId).groupMember(groupId).count() == 0) {
            identityService.createTenantGroupMembership(tenantId, groupId);
        }
    }

    private String ensureFilter(String name, String description, int priority, TaskQuery query) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("variables", List.of(
                Map.of("name", "caseNumber", "label", "Zaaknummer"),
                Map.of("name", "organisation", "label", "Organisatie")));
        List<Filter> existing = filterService.createTaskFilterQuery().filterName(name).list();
        Filter filter = existing.isEmpty() ? filterService.newTaskFilter(name) : existing.get(0);
        filter.setQuery(query);
        filter.setProperties(properties);
        filterService.saveFilter(filter);
        return filter.getId();
    }

    private void ensureGrant(AuthorizationTable.Grant grant) {
        Authorization wanted = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        wanted.setGroupId(grant.groupId());
        wanted.setResource(grant.resource());
        wanted.setResourceId(grant.resourceId());
        for (Permission permission : grant.permissions()) {
            wanted.addPermission(permission);
        }
        List<Authorization> existing = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(grant.groupId())
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .list();
        if (existing.size() == 1 && permissionsOf(existing.get(0)) == permissionsOf(wanted)) {
            return;
        }
        for (Authorization authorization : existing) {
            authorizationService.deleteAuthorization(authorization.getId());
        }
        authorizationService.saveAuthorization(wanted);
    }

    private static int permissionsOf(Authorization authorization) {
        return ((AuthorizationEntity) authorization).getPermissions();
    }
}
