package nl.slimmehandhaving.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** Minimal HTTP client for the security tests (JDK HttpClient: no automatic retries on 401, no redirects). */
public final class HttpProbe {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final int port;

    public HttpProbe(int port) {
        this.port = port;
    }

    public record Response(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Response get(String path, String user, String password) {
        return send(builder(path, user, password).GET());
    }

    public Response get(String path, String user) {
        return get(path, user, "demo");
    }

    public Response get(String path) {
        return get(path, null, null);
    }

    public Response postJson(String path, String user, String json) {
        return send(builder(path, user, "demo").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response postJson(String path, String user, byte[] json) {
        return send(builder(path, user, "demo").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)));
    }

    /** A file upload (multipart/form-data, part name {@code file}). */
    public Response postMultipart(String path, String user, String filename, byte[] content) {
        String boundary = "----probe" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(builder(path, user, "demo")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Response put(String path, String user) {
        return send(builder(path, user, "demo").PUT(HttpRequest.BodyPublishers.noBody()));
    }

    /** multipart/form-data POST to /engine-rest/deployment/create, without duplicate filtering. */
    public Response postDeployment(String user, String deploymentName, String resourceName, String xml) {
        return deploy(user, deploymentName, "security-test", "enable-duplicate-filtering", "false", resourceName, xml);
    }

    /**
     * The request of Camunda Modeler 5's deploy dialog: deployment name, source "Camunda Modeler",
     * deploy-changed-only, and the file under its own name.
     */
    public Response postModelerDeployment(String user, String deploymentName, String fileName, String xml) {
        return deploy(user, deploymentName, "Camunda Modeler", "deploy-changed-only", "true", fileName, xml);
    }

    private Response deploy(String user, String deploymentName, String source, String filterField, String filterValue,
                            String fileName, String xml) {
        String boundary = "----probe" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        appendField(body, boundary, "deployment-name", deploymentName);
        appendField(body, boundary, "deployment-source", source);
        appendField(body, boundary, filterField, filterValue);
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(fileName).append("\"; filename=\"")
                .append(fileName).append("\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n")
                .append(xml).append("\r\n");
        body.append("--").append(boundary).append("--\r\n");
        return send(builder("/engine-rest/deployment/create", user, "demo")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    private static void appendField(StringBuilder body, String boundary, String name, String value) {
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n");
    }

    private HttpRequest.Builder builder(String path, String user, String password) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json, */*");
        if (user != null) {
            String token = Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
