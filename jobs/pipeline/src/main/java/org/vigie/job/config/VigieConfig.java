package org.vigie.job.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.vigie.zones.ZoneMap;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The job's whole configuration, read from one YAML file (see deploy/local/vigie.yaml for every key with its
 * default). Validated when read: an unknown key, a wrong type or a missing required value fails with a
 * {@link ConfigException} naming the key.
 */
public record VigieConfig(
        Kafka kafka,
        Topics topics,
        Job job,
        EventTime eventTime,
        String zoneMap,
        Pseudonymization pseudonymization,
        List<String> rulePacks,
        Retention retention,
        Incidents incidents) implements Serializable {

    /** Kafka connection. {@code properties} go unchanged to every client: TLS and SASL settings belong there. */
    public record Kafka(String bootstrap, String groupId, Delivery delivery, String transactionalIdPrefix,
                        Map<String, String> properties) implements Serializable {
    }

    public enum Delivery { EXACTLY_ONCE, AT_LEAST_ONCE }

    /** Topic names; the defaults are Vigie's documented public topic names. */
    public record Topics(String camera, String dumping, String traffic, String reports, String alerts,
                         String alertsAvro, String deadLetter, String late, String capJson, String capXml,
                         String feedback, String audit, String rules, String ruleStatus) implements Serializable {

        public static Topics defaults() {
            return new Topics("vigie.in.camera", "vigie.in.dumping", "vigie.in.traffic", "vigie.in.reports",
                    "vigie.alerts", "vigie.alerts.avro", "vigie.deadletter", "vigie.late", "vigie.incidents.cap.json",
                    "vigie.incidents.cap.xml", "vigie.feedback", "vigie.audit", "vigie.rules", "vigie.rule-status");
        }

        /** The four signal topics. */
        public List<String> inputs() {
            return List.of(camera, dumping, traffic, reports);
        }

        /** What people and tools write for the job to read: operator feedback, rule changes (compacted). */
        public List<String> controls() {
            return List.of(feedback, rules);
        }

        public List<String> outputs() {
            return List.of(alerts, alertsAvro, deadLetter, late, capJson, capXml, audit, ruleStatus);
        }
    }

    /**
     * How alerts become incidents: alerts of one incident class in one zone within {@code joinGap} join one
     * incident; it closes after {@code quietPeriod} of event time without a new alert; a rule's re-alert within
     * {@code realertCooldown} is folded into the next update instead of announced.
     */
    public record Incidents(Duration joinGap, Duration quietPeriod, Duration realertCooldown, String capSender,
                            String capStatus) implements Serializable {
    }

    public record Job(String name, int parallelism, Duration checkpointInterval, String checkpointDir,
                      boolean fromEarliest) implements Serializable {
    }

    /**
     * @param outOfOrderness how late an event may arrive behind the newest one of its source and still count
     * @param idleness       after how long without records a source partition stops holding back the watermark
     * @param maxFutureSkew  how far ahead of the wall clock an event time may be before ingest refuses it
     * @param maxDrift       how far one input's watermark may run ahead of the slowest input's before its reading
     *                       pauses (Flink's watermark alignment); zero for no alignment. When the job catches up a
     *                       backlog, a topic read far ahead of the others is otherwise held in memory until the
     *                       watermark reaches it
     */
    public record EventTime(Duration outOfOrderness, Duration idleness, Duration maxFutureSkew, Duration maxDrift)
            implements Serializable {
    }

    /** Where the plate key comes from: inline (tests, demo) or an environment variable (production). */
    public record Pseudonymization(String keyId, String key, String keyEnv) implements Serializable {
    }

    /**
     * @param maxEventAge the longest a raw event may stay in the job's state (for replay after a failure), whatever
     *                    the rules' horizon: storage limitation (GDPR art. 5(1)(e)) has the last word
     */
    public record Retention(Duration maxEventAge) implements Serializable {
    }

    public static final String SAMPLE_ZONE_MAP = "sample";

    /** The configured zone map, read now. */
    public ZoneMap loadZoneMap() {
        return SAMPLE_ZONE_MAP.equals(zoneMap) ? ZoneMap.sample() : ZoneMap.load(Path.of(zoneMap));
    }

    public static VigieConfig load(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException("(file)", "cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * A duration as this file writes one: 500ms, 30s, 5m, 2h or 7d (for tools whose options take the same form).
     *
     * @throws IllegalArgumentException if {@code text} is not one
     */
    public static Duration duration(String text) {
        Duration d = ConfigNode.parseDuration(text);
        if (d == null) {
            throw new IllegalArgumentException("not a duration like 500ms, 30s, 5m, 2h or 7d: " + text);
        }
        return d;
    }

    public static VigieConfig parse(String yaml) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new ConfigException("(file)", "not valid YAML: " + e.getMessage());
        }
        ConfigNode top = new ConfigNode("", root);
        top.allowOnly(Set.of("kafka", "topics", "job", "event-time", "zones", "pseudonymization", "rules",
                "retention", "incidents"));
        return new VigieConfig(kafka(top.section("kafka")), topics(top.section("topics")), job(top.section("job")),
                eventTime(top.section("event-time")), zones(top.section("zones")),
                pseudonymization(top.section("pseudonymization")), rules(top.section("rules")),
                retention(top.section("retention")), incidents(top.section("incidents")));
    }

    private static Kafka kafka(ConfigNode n) {
        n.allowOnly(Set.of("bootstrap", "group-id", "delivery", "transactional-id-prefix", "properties"));
        String bootstrap = n.string("bootstrap", null);
        if (bootstrap == null) {
            throw new ConfigException(n.keyPath("bootstrap"), "is required (host:port[,host:port...])");
        }
        return new Kafka(bootstrap, n.string("group-id", "vigie"),
                n.enumValue("delivery", Delivery.class, Delivery.EXACTLY_ONCE),
                n.string("transactional-id-prefix", "vigie"), Map.copyOf(n.stringMap("properties")));
    }

    private static Topics topics(ConfigNode n) {
        n.allowOnly(Set.of("camera", "dumping", "traffic", "reports", "alerts", "alerts-avro", "dead-letter",
                "late", "incidents-cap-json", "incidents-cap-xml", "feedback", "audit", "rules", "rule-status"));
        Topics d = Topics.defaults();
        return new Topics(n.string("camera", d.camera()), n.string("dumping", d.dumping()),
                n.string("traffic", d.traffic()), n.string("reports", d.reports()), n.string("alerts", d.alerts()),
                n.string("alerts-avro", d.alertsAvro()), n.string("dead-letter", d.deadLetter()),
                n.string("late", d.late()), n.string("incidents-cap-json", d.capJson()),
                n.string("incidents-cap-xml", d.capXml()), n.string("feedback", d.feedback()),
                n.string("audit", d.audit()), n.string("rules", d.rules()), n.string("rule-status", d.ruleStatus()));
    }

    private static Incidents incidents(ConfigNode n) {
        n.allowOnly(Set.of("join-gap", "quiet-period", "realert-cooldown", "cap-sender", "cap-status"));
        String status = n.string("cap-status", "Actual");
        if (!Set.of("Actual", "Exercise", "System", "Test", "Draft").contains(status)) {
            throw new ConfigException(n.keyPath("cap-status"),
                    "must be a CAP 1.2 status: Actual, Exercise, System, Test or Draft, got '" + status + "'");
        }
        return new Incidents(n.duration("join-gap", Duration.ofMinutes(30)),
                n.duration("quiet-period", Duration.ofMinutes(30)), n.duration("realert-cooldown", Duration.ofMinutes(5)),
                n.string("cap-sender", "vigie@city.example"), status);
    }

    private static Job job(ConfigNode n) {
        n.allowOnly(Set.of("name", "parallelism", "checkpoint-interval", "checkpoint-dir", "from-earliest"));
        return new Job(n.string("name", "vigie"), n.intInRange("parallelism", 1, 1, 1024),
                n.duration("checkpoint-interval", Duration.ofSeconds(5)), n.string("checkpoint-dir", null),
                n.bool("from-earliest", true));
    }

    private static EventTime eventTime(ConfigNode n) {
        n.allowOnly(Set.of("out-of-orderness", "idleness", "max-future-skew", "max-drift"));
        return new EventTime(n.duration("out-of-orderness", Duration.ofSeconds(30)),
                n.duration("idleness", Duration.ofSeconds(10)), n.duration("max-future-skew", Duration.ofMinutes(5)),
                n.duration("max-drift", Duration.ZERO));
    }

    private static String zones(ConfigNode n) {
        n.allowOnly(Set.of("map"));
        return n.string("map", SAMPLE_ZONE_MAP);
    }

    private static Pseudonymization pseudonymization(ConfigNode n) {
        n.allowOnly(Set.of("key-id", "key", "key-env"));
        String key = n.string("key", null);
        String keyEnv = n.string("key-env", null);
        if ((key == null) == (keyEnv == null)) {
            throw new ConfigException(n.keyPath("key"), "set exactly one of 'key' or 'key-env'");
        }
        String keyId = n.string("key-id", null);
        if (keyId == null) {
            throw new ConfigException(n.keyPath("key-id"), "is required: it is stored beside every pseudonym");
        }
        return new Pseudonymization(keyId, key, keyEnv);
    }

    private static Retention retention(ConfigNode n) {
        n.allowOnly(Set.of("max-event-age"));
        return new Retention(n.duration("max-event-age", Duration.ofHours(24)));
    }

    private static List<String> rules(ConfigNode n) {
        n.allowOnly(Set.of("packs"));
        return n.stringList("packs", List.of("classpath:starter", "classpath:city"));
    }
}
