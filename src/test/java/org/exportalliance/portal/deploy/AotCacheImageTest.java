package org.exportalliance.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Docker image builds its JDK AOT cache with deploy/aot-cache.sh, the script bench/startup.sh measures, and uses it
 * with the same JVM flags and paths; otherwise the JVM would silently start without it. No Docker engine runs here,
 * so the image itself is never built: these checks hold the Dockerfile to the script that is run. That the extracted
 * jar starts with the cache is shown by bench/startup.sh (minutes, so not in the build).
 */
class AotCacheImageTest {

    static final Path DOCKERFILE = Path.of("deploy/Dockerfile");
    static final Path SCRIPT = Path.of("deploy/aot-cache.sh");

    static String dockerfile() throws IOException {
        return Files.readString(DOCKERFILE).replace("\\\n", " ");
    }

    static List<String> entrypoint() throws IOException {
        Matcher m = Pattern.compile("(?m)^ENTRYPOINT \\[(.*)]$").matcher(dockerfile());
        assertThat(m.find()).as("an exec-form ENTRYPOINT").isTrue();
        return Arrays.stream(m.group(1).split(",")).map(s -> s.strip().replaceAll("^\"|\"$", "")).toList();
    }

    /** The RUN line that calls the script: its words after the script's name. */
    static List<String> trainingRun() throws IOException {
        Matcher m = Pattern.compile("(?m)^RUN AOT_CACHE=(\\S+) portal-aot-cache (.*?)(?: && .*)?$").matcher(dockerfile());
        assertThat(m.find()).as("a RUN line calling portal-aot-cache").isTrue();
        List<String> words = new ArrayList<>();
        words.add(m.group(1));
        words.addAll(Arrays.asList(m.group(2).strip().split("\\s+")));
        return words;
    }

    @Test
    void the_image_runs_the_jar_with_the_cache_its_training_run_wrote_and_the_same_jvm_flags() throws IOException {
        List<String> entry = entrypoint();
        List<String> training = trainingRun();
        String cache = training.get(0);
        String jar = training.get(1);
        List<String> trainingFlags = training.subList(2, training.size());

        assertThat(entry.getFirst()).isEqualTo("java");
        assertThat(entry).containsSubsequence("-XX:AOTCache=" + cache, "-jar", jar);
        assertThat(entry.getLast()).isEqualTo(jar);
        List<String> runFlags = entry.subList(1, entry.indexOf("-jar")).stream()
                .filter(f -> !f.startsWith("-XX:AOTCache=")).toList();
        assertThat(trainingFlags).isEqualTo(runFlags);
    }

    @Test
    void the_image_starts_with_spring_aots_bean_definitions_and_trains_the_cache_that_way() throws IOException {
        // The cache holds the classes the training run loaded: trained without the flag, it would hold the
        // reflection-based start's classes and miss the generated ones (SpringAotJarTest starts the jar this way).
        assertThat(entrypoint()).contains("-Dspring.aot.enabled=true");
        assertThat(trainingRun()).contains("-Dspring.aot.enabled=true");
    }

    @Test
    void the_image_extracts_a_plain_jar_because_the_cache_ignores_boots_nested_jar_loader() throws IOException {
        String dockerfile = dockerfile();
        assertThat(dockerfile).contains("java -Djarmode=tools -jar app.jar extract --layers --destination extracted");
        assertThat(dockerfile).doesNotContain("--launcher").doesNotContain("JarLauncher");
        assertThat(dockerfile).contains("COPY deploy/aot-cache.sh /usr/local/bin/portal-aot-cache");
        assertThat(Files.readString(Path.of("deploy/Dockerfile.dockerignore"))).contains("!deploy/aot-cache.sh");
        // The training runs as the image's user: PostgreSQL refuses to run as root.
        assertThat(dockerfile.indexOf("USER portal")).isBetween(0, dockerfile.indexOf("RUN AOT_CACHE="));
    }

    @Test
    void the_benchmark_measures_the_cache_with_the_images_jvm_flags() throws IOException {
        String bench = Files.readString(Path.of("bench/startup.sh"));
        Matcher m = Pattern.compile("(?m)^flags=\\((.*)\\)$").matcher(bench);
        assertThat(m.find()).isTrue();
        List<String> training = trainingRun();
        assertThat(Arrays.asList(m.group(1).split(" "))).isEqualTo(training.subList(2, training.size()));
        assertThat(bench).contains("\"$ROOT/deploy/aot-cache.sh\"");
    }

    @Test
    void the_script_is_valid_bash_and_refuses_a_jar_that_was_not_extracted() throws Exception {
        assertThat(Files.isExecutable(SCRIPT)).isTrue();
        assertThat(run("bash", "-n", SCRIPT.toString()).exit()).isZero();

        Path dir = Files.createTempDirectory("aot-cache-test");
        Path jar = Files.writeString(dir.resolve("portal.jar"), "not really a jar");
        Result refused = run("bash", SCRIPT.toString(), jar.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.output()).contains("is not an extracted jar (no lib/ beside it)");
        assertThat(dir.resolve("portal.aot")).doesNotExist();
        Files.delete(jar);
        Files.delete(dir);
    }

    record Result(int exit, String output) {}

    static Result run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }
}
