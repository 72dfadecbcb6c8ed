package nl.slimmehandhaving.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import nl.slimmehandhaving.intake.SignalJson;
import nl.slimmehandhaving.intake.SignalRequest;
import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.organisations.CaseworkerActions;
import nl.slimmehandhaving.security.HttpProbe;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL goes away in the middle of a request (stopped from inside the transaction, after our tables were
 * written and before the engine flushed): the caller gets 503 problem+json, nothing of the request is stored, and
 * once the database is back the same request succeeds. Its own database and Spring context.
 */
// its own context, closed after the class while its database still runs (the database stops with the JVM)
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "slimmehandhaving.demo-data.cases=false",
        "spring.datasource.hikari.connection-timeout=3000",
        // engines are registered in a JVM-wide map by name: this context must not replace the shared one
        "camunda.bpm.process-engine-name=" + DatabaseOutageTest.ENGINE,
        // the webapps keep JVM-wide state too; this context must not take them from the shared one
        "camunda.bpm.webapp.enabled=false"
})
class DatabaseOutageTest {

    static final String ENGINE = "outage";
    static final String TASKS = "/engine-rest/engine/" + ENGINE + "/task/";
    static final Database DATABASE = new Database();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseworkerActions caseworker;
    @Autowired
    TaskService taskService;
    @Autowired
    Outage outage;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterEach
    void databaseBack() {
        DATABASE.start();
    }


    @Test
    void aSignalDuringAnOutageIsRefusedWith503AndLeavesNothingThenSucceeds() {
        HttpProbe http = new HttpProbe(port);
        SignalRequest signal = TestSignals.signal("gemeente-groningen");
        java.util.List<Long> before = rowCounts();
        outage.atNextProcessStart();

        HttpProbe.Response during = http.postJson("/api/signals", "carla", SignalJson.of(signal));

        assertThat(during.status()).as(during.toString()).isEqualTo(503);
        assertThat(during.header("Content-Type")).startsWith("application/problem+json");
        DATABASE.start();
        awaitDatabase();
        assertThat(countWithReference(signal.externalReference())).isZero();
        assertThat(rowCounts()).as("client, enforcement_case, act_ru_execution, act_hi_procinst").isEqualTo(before);

        HttpProbe.Response after = http.postJson("/api/signals", "carla", SignalJson.of(signal));

        assertThat(after.status()).as(after.toString()).isEqualTo(201);
        assertThat(countWithReference(signal.externalReference())).isOne();
    }

    @Test
    void aTaskCompletedDuringAnOutageIsRefusedWith503AndStaysOpenThenCompletes() {
        HttpProbe http = new HttpProbe(port);
        HttpProbe.Response registered = http.postJson("/api/signals", "carla",
                SignalJson.of(TestSignals.signal("gemeente-groningen")));
        String caseNumber = registered.json().path("caseNumber").asText();
        caseworker.runJobs(caseNumber);
        Task task = caseworker.task(caseNumber, "Task_AssessSignal");
        assertThat(http.postJson(TASKS + task.getId() + "/claim", "carla", "{\"userId\":\"carla\"}")
                .status()).isEqualTo(204);
        String form = "{\"variables\":{\"signalSubstantiated\":{\"value\":true,\"type\":\"Boolean\"},"
                + "\"negativeDecisionIntended\":{\"value\":false,\"type\":\"Boolean\"}}}";
        outage.atNextTaskCompletion();

        HttpProbe.Response during = http.postJson(TASKS + task.getId() + "/complete", "carla", form);

        assertThat(during.status()).as(during.toString()).isEqualTo(503);
        DATABASE.start();
        awaitDatabase();
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThat(jdbc.queryForObject("select count(*) from signal where assessed_by is not null", Long.class))
                .isZero();

        HttpProbe.Response after = http.postJson(TASKS + task.getId() + "/complete", "carla", form);

        assertThat(after.status()).as(after.toString()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
    }

    /** Connections broken by the outage are evicted from the pool as they fail; wait until a fresh one answers. */
    private void awaitDatabase() {
        for (int attempt = 0; attempt < 40; attempt++) {
            try {
                jdbc.queryForObject("select 1", Integer.class);
                return;
            } catch (org.springframework.dao.DataAccessException stale) {
                sleep(250);
            }
        }
        throw new AssertionError("database did not come back");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private java.util.List<Long> rowCounts() {
        return java.util.stream.Stream.of("client", "enforcement_case", "act_ru_execution", "act_hi_procinst")
                .map(table -> jdbc.queryForObject("select count(*) from " + table, Long.class)).toList();
    }

    private long countWithReference(String reference) {
        return jdbc.queryForObject("select count(*) from signal where external_reference = ?", Long.class, reference);
    }

    /** Stops the database from inside the running transaction, once, at the armed moment. */
    @TestConfiguration
    static class OutageConfiguration {
        @Bean
        Outage outage() {
            return new Outage();
        }
    }

    static class Outage {
        private final AtomicReference<String> armed = new AtomicReference<>();

        void atNextProcessStart() {
            armed.set("process-start");
        }

        void atNextTaskCompletion() {
            armed.set("task-complete");
        }

        @EventListener(condition = "#execution.eventName == 'start' && #execution.processInstanceId == #execution.id")
        public void onProcessStart(DelegateExecution execution) {
            if (armed.compareAndSet("process-start", null)) {
                DATABASE.stop();
            }
        }

        @EventListener(condition = "#task.eventName == 'complete'")
        public void onTaskComplete(DelegateTask task) {
            if (armed.compareAndSet("task-complete", null)) {
                DATABASE.stop();
            }
        }
    }

    /** An embedded PostgreSQL that can be stopped and started again on the same port and data directory. */
    static final class Database {
        private final Path directory;
        private final int port;
        private EmbeddedPostgres postgres;

        Database() {
            try {
                directory = Files.createTempDirectory("outage-pg");
                try (ServerSocket socket = new ServerSocket(0)) {
                    port = socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            start();
        }

        String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + port + "/postgres";
        }

        synchronized void start() {
            if (postgres != null) {
                return;
            }
            try {
                postgres = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false)
                        .setPort(port).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        synchronized void stop() {
            if (postgres == null) {
                return;
            }
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgres = null;
        }
    }
}
