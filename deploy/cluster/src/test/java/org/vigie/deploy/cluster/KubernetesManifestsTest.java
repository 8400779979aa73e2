package org.vigie.deploy.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.job.config.VigieConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cross-checks deploy/kubernetes so the manifests cannot drift from the job: the ConfigMap's vigie.yaml is a config
 * the job accepts, every topic it names has a KafkaTopic and every KafkaTopic is one of them, the job's Kafka user
 * may do exactly what the job does, its credentials come from Secrets, and the FlinkDeployment runs the job's entry
 * class on that config.
 */
class KubernetesManifestsTest {

    private static final Path DIR = Path.of(System.getProperty("vigie.home", "../.."), "deploy", "kubernetes");
    private static final long DAY_MS = 24L * 3600 * 1000;

    private static List<JsonNode> docs;
    private static VigieConfig config;
    private static JsonNode flink;

    @BeforeAll
    static void load() throws IOException {
        docs = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try (MappingIterator<JsonNode> it = yaml.readerFor(JsonNode.class).readValues(f.toFile())) {
                    it.readAll().stream().filter(d -> !d.isNull()).forEach(docs::add);
                }
            }
        }
        JsonNode configMap = one("ConfigMap", "vigie-config");
        config = VigieConfig.parse(configMap.path("data").path("vigie.yaml").asText());
        flink = one("FlinkDeployment", "vigie");
    }

    @Test
    void everyTopicOfTheJobHasAKafkaTopicAndEveryKafkaTopicIsUsed() {
        Set<String> used = new TreeSet<>(BrokerMain.allTopics(config.topics()));
        Set<String> declared = new TreeSet<>();
        for (JsonNode t : ofKind("KafkaTopic")) {
            declared.add(t.path("spec").path("topicName").asText(t.path("metadata").path("name").asText()));
        }
        assertEquals(used, declared);
    }

    @Test
    void topicsBelongToTheKafkaClusterAreCompactedOnlyForRulesAndKeepInputsShorterThanOutputs() {
        String cluster = one("Kafka", null).path("metadata").path("name").asText();
        for (JsonNode t : ofKind("KafkaTopic")) {
            String name = t.path("metadata").path("name").asText();
            assertEquals(cluster, t.path("metadata").path("labels").path("strimzi.io/cluster").asText(), name);
            assertTrue(t.path("spec").path("partitions").asInt() >= config.job().parallelism()
                    || !config.topics().inputs().contains(name), name + ": fewer partitions than the parallelism");
            assertEquals(3, t.path("spec").path("replicas").asInt(), name);
            boolean compacted = "compact".equals(t.path("spec").path("config").path("cleanup.policy").asText());
            assertEquals(BrokerMain.compactedTopics(config.topics()).contains(name), compacted,
                    name + ": compacted exactly when keyed state (rule changes and their status)");
            assertTrue(compacted || retentionMs(name) > 0, name + " has a bounded retention");
        }
        long longestInput = config.topics().inputs().stream().mapToLong(this::retentionMs).max().orElseThrow();
        assertTrue(longestInput <= 7 * DAY_MS, "inputs are kept days, not weeks");
        for (String out : List.of(config.topics().alerts(), config.topics().alertsAvro(),
                config.topics().deadLetter(), config.topics().capJson(), config.topics().capXml(),
                config.topics().audit())) {
            assertTrue(retentionMs(out) > longestInput, out + " is kept longer than the inputs");
        }
    }

    @Test
    void kafkaRunsInKraftModeAndTheJobConnectsToItsTlsListener() {
        JsonNode kafka = one("Kafka", null);
        assertEquals("enabled", kafka.path("metadata").path("annotations").path("strimzi.io/kraft").asText());
        assertTrue(ofKind("KafkaNodePool").stream().anyMatch(p -> p.path("spec").path("roles").toString()
                .contains("controller")), "a node pool runs the KRaft controllers");
        String bootstrap = config.kafka().bootstrap();
        assertTrue(bootstrap.startsWith(kafka.path("metadata").path("name").asText() + "-kafka-bootstrap."),
                bootstrap);
        JsonNode tls = null;
        for (JsonNode l : kafka.path("spec").path("kafka").path("listeners")) {
            if (bootstrap.endsWith(":" + l.path("port").asInt())) {
                tls = l;
            }
        }
        assertTrue(tls != null && tls.path("tls").asBoolean(), "the job's bootstrap port is a TLS listener");
        assertEquals("SASL_SSL", config.kafka().properties().get("security.protocol"));
        assertEquals(tls.path("authentication").path("type").asText().toUpperCase(Locale.ROOT),
                config.kafka().properties().get("sasl.mechanism"), "the job speaks the listener's SCRAM");
    }

    @Test
    void kafkaSecretsComeFromSecretsThroughTheEnvironmentNeverFromTheConfigMap() {
        Pattern ref = Pattern.compile("\\$\\{env:([A-Z0-9_]+)}");
        int refs = 0;
        for (var p : config.kafka().properties().entrySet()) {
            var m = ref.matcher(p.getValue());
            if (m.find()) {
                refs++;
                assertTrue(secretEnv(m.group(1)), p.getKey() + " reads " + m.group(1) + ", which no Secret sets");
            } else {
                assertTrue(!p.getKey().contains("jaas") && !p.getKey().contains("password"),
                        p.getKey() + " holds a secret in the ConfigMap");
            }
        }
        assertTrue(refs > 0 && "env".equals(config.kafka().properties().get("config.providers")),
                "credentials are resolved by Kafka's env config provider");
    }

    @Test
    void theJobsKafkaUserMayDoWhatTheJobDoesAndNothingElse() {
        JsonNode user = one("KafkaUser", "vigie-job");
        Set<String> granted = new TreeSet<>();
        for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
            JsonNode r = acl.path("resource");
            for (JsonNode op : acl.path("operations")) {
                granted.add(r.path("type").asText() + ":" + r.path("name").asText() + ":"
                        + r.path("patternType").asText() + ":" + op.asText());
            }
        }
        Set<String> needed = new TreeSet<>();
        VigieConfig.Topics t = config.topics();
        for (String topic : t.inputs()) {
            needed.add("topic:" + topic + ":literal:Read");
            needed.add("topic:" + topic + ":literal:Describe");
        }
        for (String topic : t.controls()) {
            needed.add("topic:" + topic + ":literal:Read");
            needed.add("topic:" + topic + ":literal:Describe");
        }
        for (String topic : t.outputs()) {
            needed.add("topic:" + topic + ":literal:Write");
            needed.add("topic:" + topic + ":literal:Describe");
        }
        needed.add("group:" + config.kafka().groupId() + ":literal:Read");
        needed.add("group:" + config.kafka().groupId() + ":literal:Describe");
        needed.add("transactionalId:" + config.kafka().transactionalIdPrefix() + ":prefix:Write");
        needed.add("transactionalId:" + config.kafka().transactionalIdPrefix() + ":prefix:Describe");
        assertEquals(needed, granted);
    }

    @Test
    void flinkDeploymentRunsTheJobOnTheMountedConfig() {
        JsonNode job = flink.path("spec").path("job");
        assertEquals(JobControl.ENTRY_CLASS, job.path("entryClass").asText());
        assertEquals("savepoint", job.path("upgradeMode").asText());
        assertEquals(config.job().parallelism(), job.path("parallelism").asInt(),
                "VigieJob sets its parallelism from job.parallelism: the two must agree");
        JsonNode container = container();
        String mount = null;
        for (JsonNode m : container.path("volumeMounts")) {
            if (m.path("name").asText().equals(volumeOfConfigMap("vigie-config"))) {
                mount = m.path("mountPath").asText();
            }
        }
        assertEquals(List.of("--config", mount + "/vigie.yaml"), strings(job.path("args")));
        assertTrue(config.kafka().properties().get("ssl.truststore.location").startsWith(mountOf("kafka-ca")),
                "the truststore is the mounted cluster CA");
    }

    @Test
    void flinkDeploymentHasHaCheckpointsInObjectStorageAndPrometheus() {
        JsonNode conf = flink.path("spec").path("flinkConfiguration");
        assertEquals("kubernetes", conf.path("high-availability.type").asText());
        for (String dir : List.of("execution.checkpointing.dir", "execution.checkpointing.savepoint-dir",
                "high-availability.storageDir")) {
            assertTrue(conf.path(dir).asText().startsWith("s3://"), dir);
        }
        // VigieJob sets the checkpoint directory itself (job.checkpoint-dir, else a local temp dir): unless the two
        // agree, the job's checkpoints would land on the pod's disk and die with it.
        assertEquals(conf.path("execution.checkpointing.dir").asText(), config.job().checkpointDir(),
                "job.checkpoint-dir of the job's config");
        assertEquals("org.apache.flink.metrics.prometheus.PrometheusReporterFactory",
                conf.path("metrics.reporter.prom.factory.class").asText());
        assertTrue(container().path("ports").toString().contains(conf.path("metrics.reporter.prom.port").asText()));
    }

    @Test
    void thePlateKeyComesFromASecretUnderTheNameTheConfigReads() {
        assertEquals(null, config.pseudonymization().key(), "no inline key in a ConfigMap");
        String env = config.pseudonymization().keyEnv();
        JsonNode var = null;
        for (JsonNode e : container().path("env")) {
            if (e.path("name").asText().equals(env)) {
                var = e;
            }
        }
        assertTrue(var != null && var.path("valueFrom").has("secretKeyRef"), env + " from a Secret");
    }

    @Test
    void kustomizationListsEveryManifest() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> all = Files.list(DIR)) {
            all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .filter(n -> !n.equals("kustomization.yaml")).forEach(files::add);
        }
        assertEquals(files, new TreeSet<>(strings(one("Kustomization", null).path("resources"))));
    }

    /** Whether the Flink container sets environment variable {@code name} from a Secret. */
    private static boolean secretEnv(String name) {
        for (JsonNode e : container().path("env")) {
            if (e.path("name").asText().equals(name)) {
                return e.path("valueFrom").has("secretKeyRef");
            }
        }
        return false;
    }

    private long retentionMs(String topic) {
        return ofKind("KafkaTopic").stream().filter(t -> t.path("metadata").path("name").asText().equals(topic))
                .findFirst().orElseThrow().path("spec").path("config").path("retention.ms").asLong(-1);
    }

    private static JsonNode container() {
        for (JsonNode c : flink.path("spec").path("podTemplate").path("spec").path("containers")) {
            if (c.path("name").asText().equals("flink-main-container")) {
                return c;
            }
        }
        throw new AssertionError("no flink-main-container in the pod template");
    }

    private static String volumeOfConfigMap(String configMap) {
        for (JsonNode v : flink.path("spec").path("podTemplate").path("spec").path("volumes")) {
            if (v.path("configMap").path("name").asText().equals(configMap)) {
                return v.path("name").asText();
            }
        }
        throw new AssertionError("no volume of ConfigMap " + configMap);
    }

    private static String mountOf(String volume) {
        for (JsonNode m : container().path("volumeMounts")) {
            if (m.path("name").asText().equals(volume)) {
                return m.path("mountPath").asText();
            }
        }
        throw new AssertionError("volume " + volume + " is not mounted");
    }

    private static List<JsonNode> ofKind(String kind) {
        return docs.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    private static JsonNode one(String kind, String name) {
        List<JsonNode> found = ofKind(kind).stream()
                .filter(d -> name == null || name.equals(d.path("metadata").path("name").asText())).toList();
        assertEquals(1, found.size(), "exactly one " + kind + (name == null ? "" : " " + name));
        return found.get(0);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
