package org.exportalliance.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exportalliance.portal.deploy.Kustomization.at;
import static org.exportalliance.portal.deploy.Kustomization.containers;
import static org.exportalliance.portal.deploy.Kustomization.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/k8s rendered as kustomize would (no cluster runs here) and held to what the portal needs: selectors that
 * find the pods, probes on the management port the app really opens, secrets CloudNativePG makes or the operations
 * guide names, more pods than the disruption budget keeps, sticky sessions, a non-root read-only container, and a
 * shutdown that fits in the grace period.
 */
class KubernetesManifestsTest {

    /** The keys CloudNativePG writes into a cluster's {@code <cluster>-app} secret. */
    static final Set<String> CNPG_APP_KEYS = Set.of("username", "password", "host", "port", "dbname", "uri",
            "jdbc-uri", "pgpass", "fqdn-uri", "fqdn-jdbc-uri");

    static List<Map<String, Object>> docs;
    static Properties app = new Properties();

    @BeforeAll
    static void render() throws IOException {
        docs = Kustomization.render(Path.of("deploy/k8s/overlays/production"));
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            app.load(in);
        }
    }

    static Map<String, Object> one(String kind) {
        List<Map<String, Object>> found = docs.stream().filter(d -> kind.equals(d.get("kind"))).toList();
        assertThat(found).as(kind).hasSize(1);
        return found.getFirst();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String pointer) {
        return (Map<String, Object>) at(node, pointer);
    }

    static Map<String, Object> portal() {
        return containers(one("Deployment")).getFirst();
    }

    @Test
    void every_selector_finds_the_portals_pods() {
        Map<String, Object> deployment = one("Deployment");
        Map<String, Object> podLabels = map(deployment, "/spec/template/metadata/labels");
        assertThat(podLabels).containsAllEntriesOf(map(deployment, "/spec/selector/matchLabels"));
        assertThat(podLabels).containsAllEntriesOf(map(one("Service"), "/spec/selector"));
        assertThat(podLabels).containsAllEntriesOf(map(one("PodDisruptionBudget"), "/spec/selector/matchLabels"));
        assertThat(podLabels).containsAllEntriesOf(map(one("NetworkPolicy"), "/spec/podSelector/matchLabels"));
        assertThat(at(one("HorizontalPodAutoscaler"), "/spec/scaleTargetRef/name"))
                .isEqualTo(metadata(deployment).get("name"));
        assertThat(docs).allSatisfy(d -> assertThat(metadata(d).get("namespace")).isEqualTo("export-alliance"));
        assertThat(portal().get("image")).isEqualTo("export-alliance-portal:0.1.0");
    }

    @Test
    void the_probes_ask_the_management_port_the_portal_opens_for_its_health_groups() {
        assertThat(app.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
        String management = app.getProperty("management.server.port");
        assertThat(at(one("ConfigMap"), "/data/MANAGEMENT_SERVER_PORT")).isEqualTo(management);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ports = (List<Map<String, Object>>) portal().get("ports");
        Map<String, Object> named = ports.stream().filter(p -> "management".equals(p.get("name"))).findFirst()
                .orElseThrow();
        assertThat(String.valueOf(named.get("containerPort"))).isEqualTo(management);
        assertThat(at(portal(), "/readinessProbe/httpGet/path")).isEqualTo("/actuator/health/readiness");
        assertThat(at(portal(), "/livenessProbe/httpGet/path")).isEqualTo("/actuator/health/liveness");
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertThat(at(portal(), "/" + probe + "/httpGet/port")).as(probe).isEqualTo("management");
        }
        assertThat(at(one("NetworkPolicy"), "/spec/ingress/1/ports/0/port")).isEqualTo(Integer.parseInt(management));
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_secret_the_pods_read_is_made_by_cloudnativepg_or_named_in_the_operations_guide() throws IOException {
        String cluster = (String) metadata(one("Cluster")).get("name");
        String guide = Files.readString(Path.of("deploy/README.md"));
        List<Map<String, Object>> env = (List<Map<String, Object>>) portal().get("env");
        List<Map<String, Object>> refs = env.stream().filter(e -> e.get("valueFrom") != null)
                .map(e -> map(e, "/valueFrom/secretKeyRef")).toList();
        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            if (ref.get("name").equals(cluster + "-app")) {
                assertThat(CNPG_APP_KEYS).contains((String) ref.get("key"));
            } else {
                assertThat(guide).as("deploy/README.md names secret %s key %s", ref.get("name"), ref.get("key"))
                        .contains("`" + ref.get("name") + "`").contains("`" + ref.get("key") + "`");
            }
        });
        Matcher vars = Pattern.compile("\\$\\((\\w+)\\)").matcher((String) env.stream()
                .filter(e -> "SPRING_R2DBC_URL".equals(e.get("name"))).findFirst().orElseThrow().get("value"));
        while (vars.find()) {
            String name = vars.group(1);
            assertThat(env.subList(0, env.indexOf(env.stream().filter(e -> "SPRING_R2DBC_URL".equals(e.get("name")))
                    .findFirst().orElseThrow()))).as("$(%s) is defined before it is used", name)
                    .anySatisfy(e -> assertThat(e.get("name")).isEqualTo(name));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void lag_tolerant_reads_go_to_the_clusters_read_only_service_with_the_same_database_and_credentials() {
        String cluster = (String) metadata(one("Cluster")).get("name");
        List<Map<String, Object>> env = (List<Map<String, Object>>) portal().get("env");
        String replica = (String) env.stream().filter(e -> "PORTAL_DB_REPLICA_URL".equals(e.get("name")))
                .findFirst().orElseThrow().get("value");
        String primary = (String) env.stream().filter(e -> "SPRING_R2DBC_URL".equals(e.get("name")))
                .findFirst().orElseThrow().get("value");
        assertThat(primary).startsWith("r2dbc:postgresql://$(DB_HOST):");
        assertThat(replica).isEqualTo(primary.replace("$(DB_HOST)", cluster + "-ro"));
        assertThat(env.stream().map(e -> e.get("name")).toList())
                .as("the replica's user and password default to the primary's (ReplicaConnections)")
                .doesNotContain("PORTAL_DB_REPLICA_USERNAME", "PORTAL_DB_REPLICA_PASSWORD");
    }

    /**
     * Every {@code PORTAL_*} variable the pods get names a property the portal reads, by Boot's rules for environment
     * variables (dots to underscores, dashes dropped or, the older form, also underscores; upper case): a misspelt one
     * would be ignored in silence.
     */
    @Test
    @SuppressWarnings("unchecked")
    void every_portal_variable_the_pods_get_names_a_property_the_portal_reads() throws IOException {
        Set<String> known = new HashSet<>();
        app.stringPropertyNames().forEach(name -> known.addAll(variables(name)));
        try (var sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                Matcher names = Pattern.compile("[\"{](portal\\.[a-z0-9.-]+)").matcher(code);
                while (names.find()) {
                    known.addAll(variables(names.group(1)));
                }
                // Settings built from a prefix (platform.crypto.SealingKeys) name their variable in the code.
                Matcher variables = Pattern.compile("\\bPORTAL_[A-Z0-9_]+\\b").matcher(code);
                while (variables.find()) {
                    known.add(variables.group());
                }
            }
        }
        List<String> given = new ArrayList<>();
        ((List<Map<String, Object>>) portal().get("env")).forEach(e -> given.add((String) e.get("name")));
        given.addAll(((Map<String, Object>) one("ConfigMap").get("data")).keySet());
        assertThat(given).contains("PORTAL_DB_REPLICA_URL").filteredOn(name -> name.startsWith("PORTAL_"))
                .allSatisfy(name -> assertThat(known).as("a property for %s", name).contains(name));
    }

    private static List<String> variables(String property) {
        String upper = property.replace('.', '_').toUpperCase(Locale.ROOT);
        return List.of(upper.replace("-", ""), upper.replace('-', '_'));
    }

    @Test
    void there_are_more_pods_than_the_budget_keeps_and_they_leave_slowly() {
        int replicas = (Integer) at(one("Deployment"), "/spec/replicas");
        int minAvailable = (Integer) at(one("PodDisruptionBudget"), "/spec/minAvailable");
        int minReplicas = (Integer) at(one("HorizontalPodAutoscaler"), "/spec/minReplicas");
        assertThat(minAvailable).isEqualTo(1);
        assertThat(replicas).isEqualTo(3).isGreaterThan(minAvailable);
        assertThat(minReplicas).isGreaterThan(minAvailable);
        assertThat((Integer) at(one("HorizontalPodAutoscaler"), "/spec/behavior/scaleDown/stabilizationWindowSeconds"))
                .isGreaterThanOrEqualTo(600);
        assertThat(at(one("Cluster"), "/spec/instances")).isEqualTo(3);
        assertThat(docs).noneMatch(d -> "PodDisruptionBudget".equals(d.get("kind"))
                && !"portal".equals(metadata(d).get("name")));
    }

    @Test
    void a_session_sticks_to_its_pod_by_cookie_through_the_route_to_the_service() {
        Map<String, Object> rule = map(one("HTTPRoute"), "/spec/rules/0");
        assertThat(at(rule, "/sessionPersistence/type")).isEqualTo("Cookie");
        assertThat(at(rule, "/backendRefs/0/name")).isEqualTo(metadata(one("Service")).get("name"));
        assertThat(at(rule, "/backendRefs/0/port")).isEqualTo(at(one("Service"), "/spec/ports/0/port"));
        assertThat(at(one("Service"), "/spec/ports/0/targetPort")).isEqualTo("http");
    }

    @Test
    void the_container_runs_as_the_images_user_on_a_read_only_root_and_stops_within_its_grace_period()
            throws IOException {
        assertThat(at(one("Deployment"), "/spec/template/spec/securityContext/runAsNonRoot")).isEqualTo(true);
        String dockerfile = Files.readString(Path.of("deploy/Dockerfile"));
        Object uid = at(one("Deployment"), "/spec/template/spec/securityContext/runAsUser");
        assertThat(dockerfile).contains("--uid " + uid);
        assertThat(at(portal(), "/securityContext/readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(at(portal(), "/securityContext/allowPrivilegeEscalation")).isEqualTo(false);
        assertThat(at(portal(), "/volumeMounts/0/mountPath")).as("a writable /tmp").isEqualTo("/tmp");
        assertThat(app.getProperty("server.shutdown")).isEqualTo("graceful");
        int pause = (Integer) at(portal(), "/lifecycle/preStop/sleep/seconds");
        String phase = (String) at(one("ConfigMap"), "/data/SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE");
        int grace = (Integer) at(one("Deployment"), "/spec/template/spec/terminationGracePeriodSeconds");
        assertThat(pause + Integer.parseInt(phase.replace("s", ""))).isLessThan(grace);
    }
}
