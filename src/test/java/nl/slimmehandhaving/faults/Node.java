package nl.slimmehandhaving.faults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.slimmehandhaving.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One running instance of the application, as on its own server: its own Spring context, web server (random port),
 * process engine and job executor, on a database it may share with other instances. The engine gets its own name
 * and the webapps stay off because Camunda keeps engines and webapp state in JVM-wide registries.
 */
final class Node implements AutoCloseable {

    private final String engine;
    private final ConfigurableApplicationContext context;

    private Node(String engine, ConfigurableApplicationContext context) {
        this.engine = engine;
        this.context = context;
    }

    /** {@code engine}: letters and digits only (Camunda ignores a name with a hyphen and falls back to "default"). */
    static Node start(EmbeddedPostgres database, String engine, boolean jobExecutor, Class<?>... extraSources) {
        Class<?>[] sources = new Class<?>[extraSources.length + 1];
        sources[0] = Application.class;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(sources).run(
                // arguments, not default properties: they must win over application.yaml
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--camunda.bpm.process-engine-name=" + engine,
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.job-execution.enabled=" + jobExecutor,
                // a due job is picked up within a fraction of a second
                "--camunda.bpm.job-execution.wait-time-in-millis=100",
                "--camunda.bpm.job-execution.max-wait=500",
                "--slimmehandhaving.demo-data.cases=false");
        return new Node(engine, context);
    }

    static EmbeddedPostgres database() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** The engine REST path of this node's engine, e.g. {@code /engine-rest/engine/nodeA/task/}. */
    String engineRest(String resource) {
        return "/engine-rest/engine/" + engine + "/" + resource;
    }

    @Override
    public void close() {
        context.close();
    }
}
