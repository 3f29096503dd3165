package dev.plaza.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * How long {@code plaza demo} takes until it serves, measured end to end as a person runs it: a
 * fresh JVM on the built jar. "first start" makes the embedded database and the demo community;
 * "restart" finds both there. Prints each run and the medians.
 *
 * <p>Run: {@code ./plaza build && java -cp bench/target/classes dev.plaza.bench.DemoStartupBenchmark [runs]}
 */
public final class DemoStartupBenchmark {

    private DemoStartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path jar = Path.of("app/target/plaza.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./plaza build first");
        }
        List<Double> first = new ArrayList<>();
        List<Double> restart = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path home = Files.createTempDirectory("plaza-demo-bench-");
            try {
                first.add(timeDemo(jar, home));
                restart.add(timeDemo(jar, home));
                System.out.printf("run %d: first start %.2f s, restart %.2f s%n", run, first.getLast(), restart.getLast());
            } finally {
                delete(home);
            }
        }
        System.out.printf("demo start-up, median of %d: first start (create database, generate and store the demo"
                + " community) %.2f s; restart %.2f s%n", runs, median(first), median(restart));
    }

    private static double timeDemo(Path jar, Path home) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString(), "demo", "--exit-when-ready")
                .redirectErrorStream(true);
        builder.environment().put("PLAZA_HOME", home.toString());
        builder.environment().put("PLAZA_PORT", Integer.toString(freePort()));
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0 || !output.contains("ready in")) {
            throw new IllegalStateException("plaza demo failed:\n" + output);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
