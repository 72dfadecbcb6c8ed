package nl.slimmehandhaving.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production profile: every secret comes from the environment, nothing has a default, and no demo user or
 * demo case is created. Its own context on its own database. Tagged {@code own-jvm}: starting a second Camunda
 * context with this profile in the JVM of the shared test context takes the shared engine away from engine REST
 * ("Process engine default not available"), so it runs with {@code mvn -Pload test}, one JVM per class.
 */
@Tag("own-jvm")
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=false",
                // engines are registered in a JVM-wide map by name: this context must not replace the shared one
                "camunda.bpm.process-engine-name=production-profile"})
@ActiveProfiles("postgres")
class PostgresProfileTest {

    static final EmbeddedPostgres DATABASE = start();

    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        registry.add("SLIMMEHANDHAVING_DB_URL", () -> DATABASE.getJdbcUrl("postgres", "postgres"));
        registry.add("SLIMMEHANDHAVING_DB_USER", () -> "postgres");
        registry.add("SLIMMEHANDHAVING_DB_PASSWORD", () -> "");
        registry.add("SLIMMEHANDHAVING_BSN_HASH_KEY", () -> "production-test-key-0123456789");
        registry.add("SLIMMEHANDHAVING_ADMIN_USER", () -> "beheer");
        registry.add("SLIMMEHANDHAVING_ADMIN_PASSWORD", () -> "a-long-production-password");
    }


    @Test
    void createsOnlyTheConfiguredAdministratorAndNoDemoUsersOrCases() {
        assertThat(identityService.createUserQuery().userId("anna").count()).isZero();
        assertThat(identityService.createUserQuery().userId("demo").count()).isZero();
        assertThat(identityService.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("beheer");
        assertThat(identityService.checkPassword("beheer", "a-long-production-password")).isTrue();
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").userId("beheer").count()).isOne();
        assertThat(jdbc.queryForObject("select count(*) from enforcement_case", Long.class)).isZero();
    }

    @Test
    void theProfileHasNoDefaultForAnySecret() throws IOException {
        String profile = Files.readString(Path.of("src/main/resources/application-postgres.yaml"));
        assertThat(Pattern.compile("\\$\\{[A-Z_]+:").matcher(profile).find()).as("a ${VAR:default}").isFalse();
        assertThat(profile).contains("${SLIMMEHANDHAVING_DB_PASSWORD}", "${SLIMMEHANDHAVING_BSN_HASH_KEY}",
                "${SLIMMEHANDHAVING_ADMIN_PASSWORD}");
    }
}
