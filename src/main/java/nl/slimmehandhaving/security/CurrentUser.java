package nl.slimmehandhaving.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.slimmehandhaving.organisations.Groups;
import nl.slimmehandhaving.organisations.Organisation;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting in the current thread. Reads the Spring Security principal ({@code /api/**}, {@code /audit/**})
 * and otherwise the engine's current authentication (set by Tasklist/Cockpit, the engine REST API filter, or
 * {@link EngineAuthenticationFilter}), so it also works in delegates and listeners triggered by a user. Code that
 * runs without a user (job executor, start-up) sees an anonymous user: {@link #isAuthenticated()} is false, sets are
 * empty.
 *
 * <p>Use it for tenant isolation in the JPA-backed API: a case of an organisation the user does not
 * {@link #belongsTo(String) belong to} is answered with 404, as if it did not exist.
 */
@Component
public class CurrentUser {

    private final IdentityService identityService;

    public CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The current user, if any. */
    public Optional<AuthenticatedUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) {
            return Optional.of(user);
        }
        org.camunda.bpm.engine.impl.identity.Authentication engineAuthentication =
                identityService.getCurrentAuthentication();
        if (engineAuthentication != null && engineAuthentication.getUserId() != null) {
            return Optional.of(AuthenticatedUser.of(engineAuthentication.getUserId(),
                    engineAuthentication.getGroupIds(), engineAuthentication.getTenantIds()));
        }
        return Optional.empty();
    }

    public boolean isAuthenticated() {
        return get().isPresent();
    }

    /** Camunda user id, or {@code null} when nobody is authenticated. */
    public String userId() {
        return get().map(AuthenticatedUser::userId).orElse(null);
    }

    /** Camunda group ids of the user (empty when anonymous). */
    public Set<String> groupIds() {
        return get().map(AuthenticatedUser::groupIds).orElse(Set.of());
    }

    /** Tenant ids = organisation codes the user belongs to (empty when anonymous). */
    public Set<String> tenantIds() {
        return get().map(AuthenticatedUser::tenantIds).orElse(Set.of());
    }

    /** The organisations the user belongs to, in declaration order. */
    public List<Organisation> organisations() {
        Set<String> tenants = tenantIds();
        return Arrays.stream(Organisation.values()).filter(o -> tenants.contains(o.tenantId())).toList();
    }

    /** Whether the user belongs to the organisation (tenant) with this code. */
    public boolean belongsTo(String organisation) {
        return organisation != null && tenantIds().contains(organisation);
    }

    public boolean belongsTo(Organisation organisation) {
        return organisation != null && belongsTo(organisation.tenantId());
    }

    /** Member of {@code auditors}: may read (history of) all organisations, may change nothing. */
    public boolean isAuditor() {
        return groupIds().contains(Groups.AUDITORS);
    }

    /** Member of {@code procesbeheerders}: manages models, does no casework. */
    public boolean isProcessOwner() {
        return groupIds().contains(Groups.PROCESS_OWNERS);
    }

    /** Member of {@code camunda-admin}. */
    public boolean isAdministrator() {
        return groupIds().contains(Groups.CAMUNDA_ADMIN);
    }

    /** Member of a caseworker or senior caseworker group of the organisation: may do its casework. */
    public boolean isCaseworkerOf(String organisation) {
        return Organisation.fromCode(organisation)
                .map(o -> groupIds().contains(o.caseworkerGroup()) || groupIds().contains(o.seniorCaseworkerGroup()))
                .orElse(false);
    }

    /** Member of any caseworker or senior caseworker group: does casework for some organisation. */
    public boolean doesCasework() {
        return groupIds().stream().anyMatch(g -> Groups.isCaseworkerGroup(g) || Groups.isSeniorCaseworkerGroup(g));
    }

    /** Who may read case files (personal data): caseworkers (own organisations), auditors and administrators. */
    public boolean mayReadCases() {
        return doesCasework() || isAuditor() || isAdministrator();
    }

    /** Member of the senior caseworker group of the organisation. */
    public boolean isSeniorCaseworkerOf(String organisation) {
        return Organisation.fromCode(organisation).map(o -> groupIds().contains(o.seniorCaseworkerGroup()))
                .orElse(false);
    }
}
