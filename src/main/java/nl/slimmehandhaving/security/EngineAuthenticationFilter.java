package nl.slimmehandhaving.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs in the Spring Security chain of {@code /api/**} and {@code /audit/**}, after authorization: makes the
 * authenticated user the engine's current user ({@link IdentityService#setAuthentication(String, List, List)})
 * for the duration of the request, so the engine applies authorizations and the tenant check to the engine calls
 * our services make, and the user operation log records who acted. Cleared in {@code finally}.
 * Deliberately not a Spring bean (that would register it for every request as a servlet filter).
 */
public class EngineAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    public EngineAuthenticationFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AuthenticatedUser user)) {
            chain.doFilter(request, response);
            return;
        }
        identityService.setAuthentication(user.userId(), List.copyOf(user.groupIds()), List.copyOf(user.tenantIds()));
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
