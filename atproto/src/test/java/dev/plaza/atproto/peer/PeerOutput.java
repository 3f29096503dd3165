package dev.plaza.atproto.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Reads what peer.mjs writes: its ready line, one line per email its PDSs send, and anything else
 * (logs, errors), of which the last lines are kept for failure messages and echoed when debugging.
 */
final class PeerOutput {

    private static final int KEPT_LINES = 400;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Deque<String> lines = new ArrayDeque<>();
    private final List<PeerMail> mails = new ArrayList<>();
    private final CompletableFuture<JsonNode> ready = new CompletableFuture<>();

    static PeerOutput follow(InputStream stream, String name, boolean echo) {
        PeerOutput output = new PeerOutput();
        Thread reader = new Thread(() -> output.drain(stream, echo), name + "-output");
        reader.setDaemon(true);
        reader.start();
        return output;
    }

    /** Completes with the ready line's JSON, or exceptionally when the peer's output ends before it. */
    CompletableFuture<JsonNode> ready() {
        return ready;
    }

    private void drain(InputStream stream, boolean echo) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (echo) {
                    System.err.println("[atproto-peer] " + line);
                }
                accept(line);
            }
        } catch (IOException ignored) {
            // the process ended; what it wrote so far is kept
        }
        ready.completeExceptionally(new AtprotoPeerException("the peer's output ended before its ready line"));
    }

    private void accept(String line) {
        if (line.startsWith("{\"ready\":") || line.startsWith("{\"mail\":")) {
            try {
                JsonNode json = JSON.readTree(line);
                if (json.has("ready")) {
                    ready.complete(json);
                } else {
                    addMail(mail(json.get("mail")));
                }
                return;
            } catch (IOException | RuntimeException unreadable) {
                // kept below as an ordinary line, so that a failure message shows it
            }
        }
        addLine(line);
    }

    private static PeerMail mail(JsonNode mail) {
        Map<String, String> params = new LinkedHashMap<>();
        mail.path("params").properties().forEach(entry -> params.put(entry.getKey(), entry.getValue().asText()));
        return new PeerMail(mail.path("pds").asInt(), mail.path("template").asText(), mail.path("to").asText(),
                mail.path("subject").asText(), params);
    }

    private synchronized void addMail(PeerMail mail) {
        mails.add(mail);
    }

    private synchronized void addLine(String line) {
        if (lines.size() == KEPT_LINES) {
            lines.removeFirst();
        }
        lines.addLast(line);
    }

    synchronized List<PeerMail> mails() {
        return List.copyOf(mails);
    }

    synchronized String text() {
        return lines.isEmpty() ? "(no output)" : String.join(System.lineSeparator(), lines);
    }
}
