package dev.plaza.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./plaza} launcher's search for a JDK 21+, run as bash runs it. */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("..", "plaza").toAbsolutePath().normalize();

    @TempDir
    Path jvms;

    private record Run(int exit, String output) {
    }

    private Run launcher(Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", LAUNCHER.toString());
        builder.command().addAll(java.util.List.of(args));
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    /** A fake JDK whose {@code java -version} says {@code version}. */
    private Path fakeJdk(String name, String version) throws IOException {
        Path java = Files.createDirectories(jvms.resolve(name).resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"%s\" 2026-01-01' >&2\n".formatted(version));
        java.toFile().setExecutable(true);
        return java.getParent().getParent();
    }

    @Test
    void anOldJavaHomeIsPassedOverForTheNewestJdkInTheJvmFolder() throws Exception {
        Path old = fakeJdk("jdk-17", "17.0.15");
        fakeJdk("jdk-21", "21.0.4");
        fakeJdk("jdk-25", "25.0.1");

        Run run = launcher(Map.of("JAVA_HOME", old.toString(), "PLAZA_JVM_DIR", jvms.toString(), "PATH", "/usr/bin:/bin"),
                "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.output()).contains("JAVA_HOME=" + old + " is Java 17; looking for Java 21 or newer elsewhere")
                .contains("Usage: ./plaza COMMAND");
    }

    @Test
    void withoutAnyJdk21TheLauncherSaysWhatItLookedAtAndHowToFixIt() throws Exception {
        fakeJdk("jdk-17", "17.0.15");
        Path emptyPath = Files.createDirectories(jvms.resolve("no-java-here"));

        Run run = launcher(Map.of("PLAZA_JVM_DIR", jvms.toString(), "PATH", emptyPath + ":/bin"), "--help");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("Plaza needs Java 21 or newer and found none")
                .contains("JAVA_HOME").contains(jvms.toString()).contains("java on the PATH");
    }
}
