package nl.slimmehandhaving.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

/**
 * Content-Security-Policy and Referrer-Policy per kind of response (X-Content-Type-Options, X-Frame-Options and
 * Cache-Control come from Spring Security's defaults). A header that is already set (e.g. the Camunda webapps'
 * own CSP with nonces, {@code camunda.bpm.webapp.header-security}) is left alone.
 * <ul>
 *   <li>JSON APIs ({@code /api/**} except the Swagger UI, {@code /engine-rest/**}, {@code /actuator/**}):
 *       {@value #API_CSP}; {@code Referrer-Policy: no-referrer}.</li>
 *   <li>Pages (Swagger UI, auditor pages, other HTML): {@value #PAGE_CSP}; {@code Referrer-Policy: same-origin}.</li>
 *   <li>Camunda webapps ({@code /camunda/**}): no CSP from us (Camunda's own); {@code Referrer-Policy: same-origin}.</li>
 * </ul>
 */
public class SecurityHeaders implements HeaderWriter {

    public static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    public static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String CSP = "Content-Security-Policy";
    static final String REFERRER_POLICY = "Referrer-Policy";

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String csp;
        String referrerPolicy;
        if (path.startsWith("/camunda/") || path.equals("/camunda")) {
            csp = null;
            referrerPolicy = "same-origin";
        } else if (isSwaggerUi(path)) {
            csp = PAGE_CSP;
            referrerPolicy = "same-origin";
        } else if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/engine-rest")
                || path.startsWith("/actuator")) {
            csp = API_CSP;
            referrerPolicy = "no-referrer";
        } else {
            csp = PAGE_CSP;
            referrerPolicy = "same-origin";
        }
        if (csp != null && !response.containsHeader(CSP)) {
            response.setHeader(CSP, csp);
        }
        if (!response.containsHeader(REFERRER_POLICY)) {
            response.setHeader(REFERRER_POLICY, referrerPolicy);
        }
    }

    private static boolean isSwaggerUi(String path) {
        return path.startsWith("/api/docs") || path.startsWith("/api/swagger-ui") || path.startsWith("/swagger-ui");
    }
}
