package nl.slimmehandhaving.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.slimmehandhaving.intake.SignalJson;
import nl.slimmehandhaving.intake.SignalRequest;
import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.security.HttpProbe;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bounded load (mvn -Pload test): concurrent caseworkers of three organisations submit signals over HTTP on
 * loopback (some twice, to exercise de-duplication), then claim and complete the assessment task each signal opens,
 * with the job executor running, for {@value #SECONDS} seconds. Afterwards: no 5xx, every accepted signal has
 * exactly one case, no duplicate cases, no incidents. Prints counts and latency percentiles.
 */
@Tag("load")
// its own context, closed after the class while its database still runs (the database stops with the JVM)
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=true",
        "slimmehandhaving.demo-data.cases=false",
        "logging.level.root=WARN"
})
class LoadTest {

    static final int SECONDS = 45;
    static final int CLIENTS = 8;
    static final List<String[]> CASEWORKERS = List.of(new String[] {"carla", "gemeente-groningen"},
            new String[] {"eva", "gemeente-utrecht"}, new String[] {"anna", "uwv"}, new String[] {"daan",
                    "gemeente-groningen"});
    static final EmbeddedPostgres DATABASE = start();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    final List<String> acceptedReferences = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger completedTasks = new AtomicInteger();

    static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }


    @Test
    void concurrentCaseworkersLoseNothingAndGetNoServerErrors() throws Exception {
        HttpProbe http = new HttpProbe(port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String[] caseworker = CASEWORKERS.get(i % CASEWORKERS.size());
            running.add(clients.submit(() -> work(http, caseworker[0], caseworker[1], deadline)));
        }
        for (Future<?> client : running) {
            client.get(SECONDS + 120, TimeUnit.SECONDS);
        }
        clients.shutdown();

        report();
        assertThat(statuses.keySet()).as("statuses").allMatch(status -> status < 500);
        assertThat(acceptedReferences).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from signal", Long.class))
                .isEqualTo(acceptedReferences.size());
        assertThat(jdbc.queryForObject("select count(*) from enforcement_case", Long.class))
                .isEqualTo(acceptedReferences.size());
        assertThat(jdbc.queryForObject("select count(*) from (select organisation, external_reference from signal "
                + "group by organisation, external_reference having count(*) > 1) d", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from signal s left join enforcement_case c on c.id = s.case_id "
                + "where c.id is null", Long.class)).as("signals without a case").isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Long.class)).isZero();
        assertThat(completedTasks.get()).isPositive();
    }

    private void work(HttpProbe http, String user, String organisation, long deadline) {
        int round = 0;
        while (System.nanoTime() < deadline) {
            SignalRequest signal = TestSignals.signal(organisation);
            HttpProbe.Response created = timed("POST /api/signals", () -> http.postJson("/api/signals", user,
                    SignalJson.of(signal)));
            if (created.status() != 201) {
                continue;
            }
            acceptedReferences.add(signal.externalReference());
            String caseNumber = created.json().path("caseNumber").asText();
            if (round++ % 4 == 0) {
                HttpProbe.Response again = timed("POST /api/signals (duplicate)", () -> http.postJson("/api/signals",
                        user, SignalJson.of(signal)));
                assertThat(again.status()).isEqualTo(200);
                assertThat(again.json().path("caseNumber").asText()).isEqualTo(caseNumber);
            }
            String taskId = awaitAssessmentTask(http, user, caseNumber, deadline + TimeUnit.SECONDS.toNanos(60));
            if (taskId == null) {
                continue;
            }
            timed("POST /engine-rest/task/{id}/claim", () -> http.postJson("/engine-rest/task/" + taskId + "/claim",
                    user, "{\"userId\":\"" + user + "\"}"));
            HttpProbe.Response completed = timed("POST /engine-rest/task/{id}/complete", () -> http.postJson(
                    "/engine-rest/task/" + taskId + "/complete", user,
                    "{\"variables\":{\"signalSubstantiated\":{\"value\":false,\"type\":\"Boolean\"},"
                            + "\"negativeDecisionIntended\":{\"value\":false,\"type\":\"Boolean\"},"
                            + "\"triageReason\":{\"value\":\"Belasting-test: geen aanwijzing\",\"type\":\"String\"}}}"));
            if (completed.status() == 204) {
                completedTasks.incrementAndGet();
            }
        }
    }

    private String awaitAssessmentTask(HttpProbe http, String user, String caseNumber, long giveUpAt) {
        while (System.nanoTime() < giveUpAt) {
            HttpProbe.Response tasks = timed("GET /engine-rest/task", () -> http.get("/engine-rest/task"
                    + "?processInstanceBusinessKey=" + caseNumber + "&taskDefinitionKey=Task_AssessSignal", user));
            JsonNode list = tasks.status() == 200 ? tasks.json() : null;
            if (list != null && list.size() == 1) {
                return list.get(0).path("id").asText();
            }
            sleep(Duration.ofMillis(200));
        }
        return null;
    }

    private HttpProbe.Response timed(String operation, java.util.function.Supplier<HttpProbe.Response> call) {
        long start = System.nanoTime();
        HttpProbe.Response response = call.get();
        latencies.computeIfAbsent(operation, o -> Collections.synchronizedList(new ArrayList<>()))
                .add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        statuses.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();
        return response;
    }

    private void report() {
        System.out.printf("%nLOAD TEST: %d clients, %d s; accepted signals %d, completed assessments %d; statuses %s%n",
                CLIENTS, SECONDS, acceptedReferences.size(), completedTasks.get(), statuses);
        System.out.printf("%-40s %7s %7s %7s %7s %7s%n", "operation", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
        latencies.forEach((operation, values) -> {
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            System.out.printf("%-40s %7d %7d %7d %7d %7d%n", operation, sorted.size(), percentile(sorted, 50),
                    percentile(sorted, 95), percentile(sorted, 99), sorted.get(sorted.size() - 1));
        });
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
