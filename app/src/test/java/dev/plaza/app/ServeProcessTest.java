package dev.plaza.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plaza serve} as an operator runs it: its own process on the embedded database, structured
 * logs, health and metrics, and a clean stop on SIGTERM that leaves no database server behind.
 */
class ServeProcessTest {

    @TempDir
    Path home;

    @Test
    void servesHealthAndMetricsLogsJsonAndStopsTheDatabaseOnSigterm() throws Exception {
        int port = freePort();
        Path log = home.resolve("plaza.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve")
                .redirectErrorStream(false).redirectError(log.toFile()).redirectOutput(home.resolve("out.txt").toFile());
        builder.environment().putAll(java.util.Map.of("PLAZA_HOME", home.toString(), "PLAZA_PORT", Integer.toString(port),
                "PLAZA_HOST", "127.0.0.1", "PLAZA_LOG_FORMAT", "json"));
        Process plaza = builder.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = awaitHealthy(http, port, plaza);
            assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
            assertThat(get(http, port, "/metrics").statusCode()).isEqualTo(401);
            // The CLI shares the running server's embedded database to make the scrape token.
            String token = tokenFromTheCli();
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
            // The hint comes once the listeners have started too, which may be after the web answers.
            assertThat(awaitOutput(home.resolve("out.txt"), "./plaza user add --owner", plaza))
                    .contains("./plaza user add --owner");
        } finally {
            plaza.destroy(); // SIGTERM
            assertThat(plaza.waitFor(60, TimeUnit.SECONDS)).as("plaza stops within a minute").isTrue();
        }

        assertThat(home.resolve("postgres/data/postmaster.pid")).as("the embedded database was stopped").doesNotExist();
        List<String> lines = Files.readAllLines(log).stream().filter(l -> l.startsWith("{")).toList();
        assertThat(lines).isNotEmpty();
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode entry = json.readTree(line);
            assertThat(entry.has("@timestamp") && entry.has("level") && entry.has("message")).as(line).isTrue();
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("embedded PostgreSQL stopped"));
    }

    private static String awaitOutput(Path out, String expected, Process plaza) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String text = Files.readString(out);
        while (!text.contains(expected) && plaza.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            text = Files.readString(out);
        }
        return text;
    }

    private String tokenFromTheCli() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            int exit = dev.plaza.app.cli.PlazaCommand.commandLine(java.util.Map.of("PLAZA_HOME", home.toString()))
                    .execute("token", "create", "--role", "viewer", "--name", "prometheus");
            assertThat(exit).isZero();
        } finally {
            System.setOut(stdout);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
    }

    private static HttpResponse<String> awaitHealthy(HttpClient http, int port, Process plaza) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(plaza.isAlive()).as("plaza serve exited early").isTrue();
            try {
                HttpResponse<String> response = get(http, port, "/healthz");
                if (response.statusCode() == 200) {
                    return response;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("plaza serve did not become healthy within 90 s");
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
