package nl.slimmehandhaving.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Authenticates user name and password against the Camunda identity service with
 * {@link IdentityService#checkPassword(String, String)}, so Camunda's login throttling applies
 * ({@code loginMaxAttempts}, {@code loginDelayFactor}, {@code loginDelayMaxTime}, ... in application.yaml): after a
 * failed attempt the user is locked for a growing delay, after {@code loginMaxAttempts} failures until an
 * administrator unlocks them. The principal is an {@link AuthenticatedUser} with the user's groups and tenants;
 * authorities are {@code GROUP_<groupId>} and {@code TENANT_<tenantId>}.
 */
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    public static final String GROUP_AUTHORITY_PREFIX = "GROUP_";
    public static final String TENANT_AUTHORITY_PREFIX = "TENANT_";

    private final IdentityService identityService;

    public CamundaIdentityAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null) {
            throw new BadCredentialsException("Missing credentials");
        }
        if (!identityService.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException("Bad credentials");
        }
        AuthenticatedUser user = load(userId);
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.groupIds().forEach(g -> authorities.add(new SimpleGrantedAuthority(GROUP_AUTHORITY_PREFIX + g)));
        user.tenantIds().forEach(t -> authorities.add(new SimpleGrantedAuthority(TENANT_AUTHORITY_PREFIX + t)));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    /** Groups and tenants (direct and through groups) of a user, read without engine authorization checks. */
    public AuthenticatedUser load(String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
                .list().stream().map(Tenant::getId).toList();
        return AuthenticatedUser.of(userId, groups, tenants);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
