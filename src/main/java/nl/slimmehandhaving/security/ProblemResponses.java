package nl.slimmehandhaving.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.slimmehandhaving.web.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 answers of Spring Security as {@code application/problem+json} (RFC 9457), never a login redirect.
 * The 401 carries {@code WWW-Authenticate: Basic} so browsers (e.g. on {@code /api/docs}) ask for credentials.
 */
public final class ProblemResponses {

    public static final String REALM = "Slimme Handhaving";
    public static final String UNAUTHORIZED_TITLE = "Niet ingelogd / Not authenticated";
    public static final String FORBIDDEN_TITLE = "Geen toegang / Access denied";


    private ProblemResponses() {
    }

    public static AuthenticationEntryPoint authenticationEntryPoint() {
        return (request, response, exception) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            write(request, response, HttpServletResponse.SC_UNAUTHORIZED, UNAUTHORIZED_TITLE,
                    "Log in met gebruikersnaam en wachtwoord (HTTP Basic) / "
                            + "Authenticate with user name and password (HTTP Basic).");
        };
    }

    public static AccessDeniedHandler accessDeniedHandler() {
        return (request, response, exception) -> write(request, response, HttpServletResponse.SC_FORBIDDEN,
                FORBIDDEN_TITLE, "U heeft geen toegang tot deze functie / You are not allowed to do this.");
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String detail) throws IOException {
        ProblemWriter.write(request, response, status, title, detail);
    }
}
