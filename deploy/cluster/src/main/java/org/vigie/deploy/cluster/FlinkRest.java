package org.vigie.deploy.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The few calls of Flink's REST API (v1) the local cluster needs, on {@link HttpClient} and Jackson. Errors carry
 * Flink's own message (its {@code errors} array), which usually names the cause (a bad config key, a missing
 * savepoint).
 */
public final class FlinkRest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration UPLOAD_TIMEOUT = Duration.ofMinutes(3);

    private final String base;
    private final HttpClient http;

    public FlinkRest(String baseUrl) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3)).build();
    }

    public String baseUrl() {
        return base;
    }

    /** {@code GET /overview}, or empty while the REST endpoint does not answer or has no leader yet (503). */
    public Optional<JsonNode> overview() {
        try {
            return Optional.of(get("/overview"));
        } catch (UncheckedIOException | FlinkRestException e) {
            return Optional.empty();
        }
    }

    /** {@code GET /jobs/overview}: every job the cluster knows, newest first. */
    public List<JobSummary> jobs() {
        List<JobSummary> out = new ArrayList<>();
        for (JsonNode j : get("/jobs/overview").path("jobs")) {
            out.add(new JobSummary(j.path("jid").asText(), j.path("name").asText(), j.path("state").asText(),
                    j.path("start-time").asLong(), j.path("duration").asLong()));
        }
        out.sort((a, b) -> Long.compare(b.startTime(), a.startTime()));
        return out;
    }

    /** Resource ids of the registered TaskManagers. */
    public List<String> taskManagerIds() {
        List<String> ids = new ArrayList<>();
        get("/taskmanagers").path("taskmanagers").forEach(t -> ids.add(t.path("id").asText()));
        return ids;
    }

    /** {@code POST /jars/upload}: returns the jar id to run it by. */
    public String uploadJar(Path jar) {
        String boundary = "vigie-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"jarfile\"; filename=\""
                + jar.getFileName() + "\"\r\nContent-Type: application/x-java-archive\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        try {
            HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofString(head), HttpRequest.BodyPublishers.ofFile(jar),
                    HttpRequest.BodyPublishers.ofString(tail));
            JsonNode r = send(HttpRequest.newBuilder(uri("/jars/upload")).timeout(UPLOAD_TIMEOUT)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body).build());
            String file = r.path("filename").asText();
            return Path.of(file).getFileName().toString();
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException("job jar not found: " + jar, e);
        }
    }

    public void deleteJar(String jarId) {
        send(HttpRequest.newBuilder(uri("/jars/" + jarId)).timeout(CALL_TIMEOUT).DELETE().build());
    }

    public JsonNode get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(CALL_TIMEOUT).GET().build());
    }

    public JsonNode post(String path, Object body) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(CALL_TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))).build());
    }

    public JsonNode patch(String path) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(CALL_TIMEOUT)
                .method("PATCH", HttpRequest.BodyPublishers.noBody()).build());
    }

    private JsonNode send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new UncheckedIOException("Flink REST at " + base + " does not answer (is the cluster up?)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + request.uri(), e);
        }
        JsonNode body = read(response.body());
        if (response.statusCode() >= 300) {
            throw new FlinkRestException(request.method() + " " + request.uri().getPath(), response.statusCode(),
                    body.path("errors").toString());
        }
        return body;
    }

    private URI uri(String path) {
        return URI.create(base + "/v1" + path);
    }

    private static JsonNode read(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode().put("raw", body);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a REST request body", e);
        }
    }

    /** A REST call Flink answered with an error status. */
    public static final class FlinkRestException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        FlinkRestException(String call, int status, String errors) {
            super(call + " -> HTTP " + status + ": " + errors);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
