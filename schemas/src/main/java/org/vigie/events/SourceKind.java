package org.vigie.events;

/** The kinds of source Vigie correlates. The EPL event type name a rule author uses is {@link #eplType()}. */
public enum SourceKind {
    CAMERA("CameraDetection"),
    DUMPING_SENSOR("DumpingObservation"),
    TRAFFIC("TrafficEvent"),
    CITIZEN_REPORT("CitizenReport");

    private final String eplType;

    SourceKind(String eplType) {
        this.eplType = eplType;
    }

    public String eplType() {
        return eplType;
    }

    public static SourceKind ofEplType(String name) {
        for (SourceKind k : values()) {
            if (k.eplType.equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("not a Vigie event type: " + name);
    }
}
