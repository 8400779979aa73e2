package org.vigie.simulator;

/**
 * A deliberately malformed input record, as bytes for a topic, with the defect ingest must catch.
 *
 * @param key       the Kafka key (a source id), UTF-8 on the wire
 * @param timestamp the Kafka record timestamp, epoch ms
 */
public record RawRecord(String topic, String key, long timestamp, byte[] value, Defect why) {

    /** What is wrong with a {@link RawRecord}: each should end on the dead-letter topic, none in the pipeline. */
    public enum Defect {
        /** Not parseable as JSON (truncated). */
        BAD_JSON,
        /** Latitude outside -90..90. */
        LAT_OUT_OF_RANGE,
        /** A biometric attribute ("faceEmbedding") in a camera detection. */
        BIOMETRIC_FIELD,
        /** The ONVIF object class HumanFace. */
        BIOMETRIC_CLASS,
        /** A required field (eventTime) is missing. */
        MISSING_FIELD,
        /** An enum value no schema knows. */
        UNKNOWN_ENUM
    }
}
