package dev.plaza.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.testing.NodePeers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reference decoder on the same recording: test-peers/atproto/firehose-bench.mjs (@atproto/sync's
 * firehose parsing) in one Node process, on the Node that test-peers/atproto/install.sh pins. Its
 * lines are echoed; the last, {@code result {…}}, carries its runs.
 */
final class FirehoseReference {

    /** The timed runs decoding all frames, and those verifying the first {@code verifyFrames}; Node's peak RSS. */
    record Result(FirehoseRuns decode, FirehoseRuns verify, int verifyFrames, long maxRssMiB) {
    }

    private FirehoseReference() {
    }

    static Result run(FirehoseRecording.Location recording, int warmups, int runs, int verifyFrames, int verifyRuns)
            throws IOException, InterruptedException {
        Path dir = NodePeers.installed("atproto", Duration.ofMinutes(20));
        Process node = new ProcessBuilder(NodePeers.node(dir).toString(), "firehose-bench.mjs",
                recording.frames().toAbsolutePath().toString(), recording.accounts().toAbsolutePath().toString(),
                Integer.toString(warmups), Integer.toString(runs), Integer.toString(verifyFrames), Integer.toString(verifyRuns))
                .directory(dir.toFile()).redirectErrorStream(true).start();
        Optional<String> result = Optional.empty();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("result ")) {
                    result = Optional.of(line.substring("result ".length()));
                } else {
                    System.out.println("  @atproto/sync: " + line);
                }
            }
        }
        int exit = node.waitFor();
        if (exit != 0 || result.isEmpty()) {
            throw new IllegalStateException("firehose-bench.mjs exited with %d%s".formatted(exit, result.isEmpty() ? " and no result" : ""));
        }
        JsonNode json = new ObjectMapper().readTree(result.get());
        return new Result(runs(json.get("decode")), runs(json.get("verify")), json.get("verifyFrames").asInt(),
                json.get("maxRssMiB").asLong());
    }

    private static FirehoseRuns runs(JsonNode pass) {
        return new FirehoseRuns(numbers(pass.get("rates")), numbers(pass.get("cpuRates")));
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> numbers = new ArrayList<>();
        array.forEach(number -> numbers.add(number.asDouble()));
        return numbers;
    }
}
