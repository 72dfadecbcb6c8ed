package nl.slimmehandhaving.organisations;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.BATCH;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;

/**
 * The global authorizations (GRANT) of every group, in one place. Tenants isolate the organisations: a grant on
 * {@code *} only reaches the data of the tenants a user belongs to (tenant check is enabled).
 *
 * <p>Work on tasks is not granted here: when a task gets a candidate group (e.g. {@code uwv-handhavers}) the
 * engine itself grants that group READ and its {@code defaultUserPermissionForTask} (default {@code UPDATE}) on
 * that one task ({@code DefaultAuthorizationProvider#newTaskGroupIdentityLink}). Nobody gets READ_TASK,
 * UPDATE_TASK or TASK_WORK on process definitions, so a caseworker only sees and works on tasks of their own
 * groups, and auditors and process owners never work on tasks.
 *
 * <pre>
 * group                     | resource                          | id                | permissions
 * --------------------------+-----------------------------------+-------------------+-------------------------------------------
 * &lt;org&gt;-handhavers,         | APPLICATION                       | tasklist          | ACCESS
 * &lt;org&gt;-senior-handhavers   | FILTER                            | each Tasklist filter | READ
 *                           | PROCESS_DEFINITION                | *                 | READ, READ_HISTORY, CREATE_INSTANCE
 *                           | PROCESS_INSTANCE                  | *                 | CREATE, READ
 *                           | DECISION_DEFINITION               | *                 | READ, READ_HISTORY, CREATE_INSTANCE
 *                           | DECISION_REQUIREMENTS_DEFINITION  | *                 | READ
 * auditors                  | APPLICATION                       | cockpit           | ACCESS
 *                           | PROCESS_DEFINITION                | *                 | READ, READ_HISTORY
 *                           | PROCESS_INSTANCE                  | *                 | READ
 *                           | TASK                              | *                 | READ
 *                           | HISTORIC_PROCESS_INSTANCE         | *                 | READ
 *                           | HISTORIC_TASK                     | *                 | READ
 *                           | DECISION_DEFINITION               | *                 | READ, READ_HISTORY
 *                           | DECISION_REQUIREMENTS_DEFINITION  | *                 | READ
 *                           | DEPLOYMENT                        | *                 | READ
 *                           | OPERATION_LOG_CATEGORY            | *                 | READ
 * procesbeheerders          | APPLICATION                       | cockpit           | ACCESS
 *                           | DEPLOYMENT                        | *                 | CREATE, READ, DELETE
 *                           | PROCESS_DEFINITION                | *                 | READ, READ_HISTORY, UPDATE, SUSPEND, READ_INSTANCE,
 *                           |                                   |                   | SUSPEND_INSTANCE, MIGRATE_INSTANCE, RETRY_JOB
 *                           | PROCESS_INSTANCE                  | *                 | READ, SUSPEND, RETRY_JOB
 *                           | DECISION_DEFINITION               | *                 | READ, READ_HISTORY, UPDATE
 *                           | DECISION_REQUIREMENTS_DEFINITION  | *                 | READ
 *                           | BATCH                             | *                 | READ, CREATE_BATCH_MIGRATE_PROCESS_INSTANCES,
 *                           |                                   |                   | CREATE_BATCH_SET_JOB_RETRIES
 *                           | OPERATION_LOG_CATEGORY            | *                 | READ
 * camunda-admin             | every resource                    | *                 | ALL (administrators also bypass all checks)
 * </pre>
 *
 * Tenant memberships ({@link #tenantsOf(String)}): {@code <org>-handhavers} and {@code <org>-senior-handhavers}
 * belong to tenant {@code <org>}; {@code auditors}, {@code procesbeheerders} and {@code camunda-admin} belong to
 * all tenants. Nobody but administrators gets AUTHORIZATION, USER, GROUP or TENANT write permissions, and
 * caseworkers get no DEPLOYMENT permission at all.
 */
public final class AuthorizationTable {

    /** Placeholder resource id: expanded to the id of each Tasklist filter of {@link OrganisationSetup}. */
    public static final String TASKLIST_FILTERS = "#tasklist-filters";

    public static final String TASKLIST = "tasklist";
    public static final String COCKPIT = "cockpit";

    /** One GRANT authorization of a group. */
    public record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {

        Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
            this(groupId, resource, resourceId, List.of(permissions));
        }
    }

    private AuthorizationTable() {
    }

    /** Grants of the caseworker and senior caseworker groups of an organisation (both get the same). */
    public static List<Grant> caseworkerGrants(String groupId) {
        return List.of(
                new Grant(groupId, APPLICATION, TASKLIST, Permissions.ACCESS),
                new Grant(groupId, FILTER, TASKLIST_FILTERS, Permissions.READ),
                new Grant(groupId, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.CREATE_INSTANCE),
                new Grant(groupId, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE,
                        ProcessInstancePermissions.READ),
                // CREATE_INSTANCE: evaluate a decision on its own through /engine-rest (e.g. SanctionDecision, issue 3)
                new Grant(groupId, DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
                        Permissions.CREATE_INSTANCE),
                new Grant(groupId, DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ));
    }

    public static List<Grant> auditorGrants() {
        String g = Groups.AUDITORS;
        return List.of(
                new Grant(g, APPLICATION, COCKPIT, Permissions.ACCESS),
                new Grant(g, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                        ProcessDefinitionPermissions.READ_HISTORY),
                new Grant(g, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ),
                new Grant(g, TASK, ANY, TaskPermissions.READ),
                new Grant(g, HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ),
                new Grant(g, HISTORIC_TASK, ANY, HistoricTaskPermissions.READ),
                new Grant(g, DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY),
                new Grant(g, DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ),
                new Grant(g, DEPLOYMENT, ANY, Permissions.READ),
                new Grant(g, OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ));
    }

    public static List<Grant> processOwnerGrants() {
        String g = Groups.PROCESS_OWNERS;
        return List.of(
                new Grant(g, APPLICATION, COCKPIT, Permissions.ACCESS),
                new Grant(g, DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ, Permissions.DELETE),
                new Grant(g, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.UPDATE,
                        ProcessDefinitionPermissions.SUSPEND, ProcessDefinitionPermissions.READ_INSTANCE,
                        ProcessDefinitionPermissions.SUSPEND_INSTANCE, ProcessDefinitionPermissions.MIGRATE_INSTANCE,
                        ProcessDefinitionPermissions.RETRY_JOB),
                new Grant(g, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ, ProcessInstancePermissions.SUSPEND,
                        ProcessInstancePermissions.RETRY_JOB),
                new Grant(g, DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY, Permissions.UPDATE),
                new Grant(g, DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ),
                new Grant(g, BATCH, ANY, BatchPermissions.READ, BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES,
                        BatchPermissions.CREATE_BATCH_SET_JOB_RETRIES),
                new Grant(g, OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ));
    }

    /** As the Camunda Spring Boot starter does for its admin user: ALL on every resource. */
    public static List<Grant> adminGrants() {
        return Arrays.stream(Resources.values())
                .map(r -> new Grant(Groups.CAMUNDA_ADMIN, r, ANY, Permissions.ALL))
                .toList();
    }

    /** The whole table. */
    public static List<Grant> grants() {
        List<Grant> grants = new ArrayList<>();
        for (Organisation organisation : Organisation.values()) {
            grants.addAll(caseworkerGrants(organisation.caseworkerGroup()));
            grants.addAll(caseworkerGrants(organisation.seniorCaseworkerGroup()));
        }
        grants.addAll(auditorGrants());
        grants.addAll(processOwnerGrants());
        grants.addAll(adminGrants());
        return grants;
    }

    /** The tenants (organisation codes) a group belongs to. */
    public static List<String> tenantsOf(String groupId) {
        if (Groups.AUDITORS.equals(groupId) || Groups.PROCESS_OWNERS.equals(groupId)
                || Groups.CAMUNDA_ADMIN.equals(groupId)) {
            return Arrays.stream(Organisation.values()).map(Organisation::tenantId).toList();
        }
        return Arrays.stream(Organisation.values())
                .filter(o -> o.caseworkerGroup().equals(groupId) || o.seniorCaseworkerGroup().equals(groupId))
                .map(Organisation::tenantId)
                .toList();
    }
}
