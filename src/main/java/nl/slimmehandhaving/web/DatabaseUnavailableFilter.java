package nl.slimmehandhaving.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The database is unreachable before any handler runs (e.g. while the user's password is checked against the
 * Camunda identity tables): 503 problem+json instead of a 500 error page. Runs before Spring Security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException failure) {
            if (response.isCommitted() || !causedByLostConnection(failure)) {
                throw failure;
            }
            response.resetBuffer();
            ProblemWriter.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Tijdelijk niet beschikbaar / Temporarily unavailable", ProblemHandling.DATABASE_UNAVAILABLE);
        }
    }

    static boolean causedByLostConnection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (EngineRestErrors.isConnectionFailure(cause)) {
                return true;
            }
        }
        return false;
    }
}
