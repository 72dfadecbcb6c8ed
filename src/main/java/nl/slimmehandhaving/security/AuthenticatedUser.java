package nl.slimmehandhaving.security;

import java.security.Principal;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The authenticated user of a request: Camunda user id, the ids of their Camunda groups and the ids of their
 * tenants (organisations, directly or through their groups). The principal of the Spring Security authentication
 * on {@code /api/**} and {@code /audit/**}.
 */
public record AuthenticatedUser(String userId, Set<String> groupIds, Set<String> tenantIds) implements Principal {

    public AuthenticatedUser {
        groupIds = Set.copyOf(groupIds == null ? Set.of() : groupIds);
        tenantIds = Set.copyOf(tenantIds == null ? Set.of() : tenantIds);
    }

    public static AuthenticatedUser of(String userId, Collection<String> groupIds, Collection<String> tenantIds) {
        return new AuthenticatedUser(userId, groupIds == null ? Set.of() : new TreeSet<>(groupIds),
                tenantIds == null ? Set.of() : new TreeSet<>(tenantIds));
    }

    @Override
    public String getName() {
        return userId;
    }

    @Override
    public String toString() {
        return "AuthenticatedUser[" + userId + ", groups=" + new TreeSet<>(groupIds) + ", tenants="
                + new TreeSet<>(tenantIds) + "]";
    }
}
