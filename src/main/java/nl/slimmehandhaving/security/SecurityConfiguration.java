package nl.slimmehandhaving.security;

import jakarta.servlet.http.HttpServletResponse;
import nl.slimmehandhaving.organisations.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.security.servlet.PathRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what.
 * <ol>
 *   <li>{@code /engine-rest/**}: Spring Security lets it through; Camunda's {@link ProcessEngineAuthenticationFilter}
 *       with {@link HttpBasicAuthenticationProvider} (registered below on {@code /engine-rest/*}, the documented
 *       Camunda way) checks HTTP Basic credentials with {@code IdentityService.checkPassword} and sets the engine's
 *       authenticated user with groups and tenants, so authorizations and the tenant check apply. Anonymous or
 *       wrong credentials: 401.</li>
 *   <li>Camunda webapps ({@code /camunda/**}, {@code /}): permitted; they have their own login, session, CSRF
 *       protection and CSP.</li>
 *   <li>Everything else, in particular {@code /api/**} (including the OpenAPI document and Swagger UI) and
 *       {@code /audit/**}: HTTP Basic against the Camunda identity service ({@link CamundaIdentityAuthenticationProvider}),
 *       stateless; anonymous -> 401 {@code application/problem+json}, never a login redirect. Only the health
 *       endpoint, {@code /error} and static assets are public. {@link EngineAuthenticationFilter} makes the user the
 *       engine's current user during the request.</li>
 * </ol>
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

    @Bean
    public CamundaIdentityAuthenticationProvider camundaIdentityAuthenticationProvider(IdentityService identityService) {
        return new CamundaIdentityAuthenticationProvider(identityService);
    }

    @Bean
    @Order(1)
    public SecurityFilterChain engineRestSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.addHeaderWriter(new SecurityHeaders()));
        return http.build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain camundaWebappsSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(path("/camunda/**"), path("/")))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                        .addHeaderWriter(new SecurityHeaders()));
        return http.build();
    }

    @Bean
    @Order(3)
    public SecurityFilterChain applicationSecurityFilterChain(HttpSecurity http, IdentityService identityService)
            throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
                        .requestMatchers(path("/error")).permitAll()
                        .requestMatchers(PathRequest.toStaticResources().atCommonLocations()).permitAll()
                        // audit (issue 5): the auditor pages are for auditors and administrators only
                        .requestMatchers(path("/audit"), path("/audit/**")).hasAnyAuthority(
                                CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX + Groups.AUDITORS,
                                CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX + Groups.CAMUNDA_ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic
                        .realmName(ProblemResponses.REALM)
                        .authenticationEntryPoint(ProblemResponses.authenticationEntryPoint()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(ProblemResponses.authenticationEntryPoint())
                        .accessDeniedHandler(ProblemResponses.accessDeniedHandler()))
                .csrf(csrf -> csrf.ignoringRequestMatchers(path("/api/**")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.addHeaderWriter(new SecurityHeaders()))
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * The client's questionnaire page behind a personal link (package profiling): anonymous, the random single-use
     * token is the key. A normal HTML form with CSRF protection through a cookie (no server session); a refused
     * POST gets a short Dutch page instead of an error.
     */
    @Bean
    @Order(0)
    public SecurityFilterChain clientQuestionnaireSecurityFilterChain(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository csrfCookie = new CookieCsrfTokenRepository();
        csrfCookie.setCookiePath("/vragenlijst");
        csrfCookie.setCookieCustomizer(cookie -> cookie.sameSite("Strict").secure(true));
        http.securityMatcher(path("/vragenlijst/**"))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, denied) -> {
                    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    response.setContentType("text/html;charset=UTF-8");
                    response.getWriter().write(QUESTIONNAIRE_FORM_REFUSED);
                }))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.addHeaderWriter(new SecurityHeaders()));
        return http.build();
    }

    private static final String QUESTIONNAIRE_FORM_REFUSED = """
            <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Versturen lukte niet</title><link rel="stylesheet" href="/css/vragenlijst.css"></head>
            <body><main><h1>Versturen lukte niet</h1>
            <p>Uw antwoorden zijn niet verstuurd. Open de link uit uw brief of e-mail opnieuw en vul de vragenlijst
            nog een keer in.</p></main></body></html>
            """;

    /**
     * Matches the path within the application, whichever servlet serves it. (Plain string patterns are resolved
     * relative to the servlet path of Spring MVC and do not match the Jersey servlet of /engine-rest.)
     */
    static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** Camunda's own authentication of the engine REST API, after the Spring Security filter chain. */
    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-engine-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
