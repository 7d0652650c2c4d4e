package org.exportalliance.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exportalliance.portal.support.Haproxy;
import org.exportalliance.portal.support.RequiresHaproxy;
import org.junit.jupiter.api.Test;

/**
 * deploy/local/two-instances.sh and the HAProxy configuration it ships, checked the way they run: the script's own
 * settings ({@code --print-config}), its own check ({@code --check}), and {@code haproxy -c} on the shipped file with
 * those settings. The running pair is LoadBalancerFailoverEndToEndTest's.
 */
@RequiresHaproxy
class LocalLoadBalancerScriptTest {

    private static final Path SCRIPT = Path.of("deploy", "local", "two-instances.sh");

    record Run(int exit, String output) {}

    @Test
    void the_shipped_config_is_valid_with_the_settings_the_script_prints() throws Exception {
        Map<String, String> settings = settings(Map.of());
        assertThat(settings).containsEntry("LB_PORT", "8080").containsEntry("PORT_A", "8081")
                .containsEntry("MANAGEMENT_PORT_A", "9181").containsEntry("MANAGEMENT_PORT_B", "9182");
        assertThat(Path.of(settings.get("HAPROXY_CONFIG"))).isEqualTo(Haproxy.CONFIG.toAbsolutePath());

        Run check = run(settings, Haproxy.path().toString(), "-c", "-f", settings.get("HAPROXY_CONFIG"));
        assertThat(check.exit()).as(check.output()).isZero();
        assertThat(check.output()).contains("Configuration file is valid").doesNotContain("WARNING");
    }

    @Test
    void the_config_without_the_scripts_ports_is_refused() throws Exception {
        Run check = run(Map.of(), Haproxy.path().toString(), "-c", "-f", Haproxy.CONFIG.toString());
        assertThat(check.exit()).isNotZero();
        assertThat(check.output()).contains("missing port");
    }

    @Test
    void the_script_checks_its_settings_and_the_config_before_it_starts_anything() throws Exception {
        Run valid = run(Map.of("LB_PORT", "18080"), "bash", SCRIPT.toString(), "--check");
        assertThat(valid.exit()).as(valid.output()).isZero();
        assertThat(valid.output()).contains("haproxy.cfg are valid");

        Run clash = run(Map.of("PORT_B", "8081"), "bash", SCRIPT.toString(), "--check");
        assertThat(clash.exit()).isEqualTo(1);
        assertThat(clash.output()).contains("must all differ");
        Run notANumber = run(Map.of("MANAGEMENT_PORT_A", "91x"), "bash", SCRIPT.toString(), "--check");
        assertThat(notANumber.exit()).isEqualTo(1);
        assertThat(notANumber.output()).contains("port '91x' is not a number");
        Run unknown = run(Map.of(), "bash", SCRIPT.toString(), "--chekc");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.output()).contains("unknown argument");
    }

    @Test
    void the_settings_given_to_the_script_reach_the_config_it_runs() throws Exception {
        Map<String, String> settings = settings(Map.of("LB_PORT", "18080", "PORT_B", "18082",
                "PORTAL_SHUTDOWN_DRAIN", "5s"));
        assertThat(settings).containsEntry("LB_PORT", "18080").containsEntry("PORT_B", "18082")
                .containsEntry("PORT_A", "8081").containsEntry("PORTAL_SHUTDOWN_DRAIN", "5s");
    }

    /**
     * A stopping instance keeps serving for the drain the script gives it; HAProxy must have taken it out by then, or
     * the instance stops accepting while HAProxy still sends it new connections.
     */
    @Test
    void the_scripts_drain_outlasts_the_time_haproxy_needs_to_take_an_instance_out() throws Exception {
        String config = Files.readString(Haproxy.CONFIG);
        Duration inter = duration(config, "inter");
        Duration fastinter = duration(config, "fastinter");
        int fall = Integer.parseInt(setting(config, "fall"));
        Duration worst = inter.plus(fastinter.multipliedBy(fall - 1)).plus(duration(config, "timeout check"));
        Duration drain = Duration.parse("PT" + settings(Map.of()).get("PORTAL_SHUTDOWN_DRAIN").toUpperCase());
        assertThat(drain).isGreaterThanOrEqualTo(inter.plus(fastinter.multipliedBy(fall - 1)));
        assertThat(worst).as("a check that times out still fits the drain with a little to spare")
                .isLessThanOrEqualTo(drain.plusSeconds(2));
    }

    @Test
    void the_config_keeps_the_route_cookie_the_probe_and_the_push_timeouts() throws Exception {
        String config = Files.readString(Haproxy.CONFIG);
        String route = Files.readString(Path.of("deploy", "k8s", "base", "httproute.yaml"));
        assertThat(route).contains("sessionName: PORTAL_ROUTE");
        assertThat(config).contains("cookie PORTAL_ROUTE insert")
                .contains("option httpchk GET /actuator/health/readiness")
                .contains("check port \"${MANAGEMENT_PORT_A}\"").contains("check port \"${MANAGEMENT_PORT_B}\"")
                .contains("option redispatch").contains("retry-on conn-failure empty-response")
                .containsPattern("timeout tunnel +1h");
    }

    private static Map<String, String> settings(Map<String, String> environment) throws Exception {
        Run printed = run(environment, "bash", SCRIPT.toString(), "--print-config");
        assertThat(printed.exit()).as(printed.output()).isZero();
        Map<String, String> settings = new LinkedHashMap<>();
        printed.output().lines().map(line -> line.split("=", 2)).forEach(kv -> settings.put(kv[0], kv[1]));
        return settings;
    }

    private static String setting(String config, String name) {
        Matcher m = Pattern.compile("(?m)^\\s*(?:default-server\\b.*?\\s)?" + name + " +(\\S+)").matcher(config);
        assertThat(m.find()).as(name + " in " + Haproxy.CONFIG).isTrue();
        return m.group(1);
    }

    private static Duration duration(String config, String name) {
        String value = setting(config, name);
        return value.endsWith("ms") ? Duration.ofMillis(Long.parseLong(value.replace("ms", "")))
                : Duration.ofSeconds(Long.parseLong(value.replace("s", "")));
    }

    private static Run run(Map<String, String> environment, String... command) throws IOException,
            InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        for (String name : new String[] {"LB_PORT", "PORT_A", "PORT_B", "MANAGEMENT_PORT_A", "MANAGEMENT_PORT_B",
                "PG_PORT", "PORTAL_SHUTDOWN_DRAIN"}) {
            builder.environment().remove(name);
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }
}
