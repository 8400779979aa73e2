package org.vigie.simulator;

import org.vigie.events.SourceKind;

import java.util.List;

/** Topic names: a public surface shared with ingest, benchmarks and deployments. Do not rename. */
public final class CityTopics {

    public static final String CAMERA = "vigie.in.camera";
    public static final String DUMPING = "vigie.in.dumping";
    public static final String TRAFFIC = "vigie.in.traffic";
    public static final String REPORTS = "vigie.in.reports";
    /** One JSON line per injected incident ({@link GroundTruth#toJsonLine()}), keyed by incident id. */
    public static final String GROUND_TRUTH = "vigie.ground-truth";

    private CityTopics() {
    }

    /** The four input topics, in {@link SourceKind} order. */
    public static List<String> inputs() {
        return List.of(CAMERA, DUMPING, TRAFFIC, REPORTS);
    }

    public static String of(SourceKind kind) {
        return switch (kind) {
            case CAMERA -> CAMERA;
            case DUMPING_SENSOR -> DUMPING;
            case TRAFFIC -> TRAFFIC;
            case CITIZEN_REPORT -> REPORTS;
        };
    }
}
