package org.vigie.events;

/**
 * One observation of an illegal-dumping or waste-container sensor, modelled as an OGC SensorThings Observation
 * (phenomenonTime = {@code eventTime}, result = {@code value} in {@code unit}) with FIWARE WasteContainer's
 * vocabulary. No standard exists for dumping detectors, so the {@link Kind} says what was observed.
 *
 * @param kind  what the sensor observed
 * @param value the observation's result (fill level 0..1, impact in g, ...), or {@code null} for pure events
 * @param unit  the unit symbol of {@code value} (SensorThings unitOfMeasurement.symbol), or {@code null}
 */
public record DumpingObservation(
        String id,
        String sourceId,
        long eventTime,
        double lat,
        double lon,
        String zone,
        Kind kind,
        Double value,
        String unit) implements SignalEvent {

    public enum Kind {
        /** WasteContainer fillingLevel, 0..1. */
        FILL_LEVEL,
        /** The container lid was opened. */
        LID_OPENED,
        /** A vibration or impact on or near the container. */
        VIBRATION,
        /** An object was deposited next to the container (the illegal-dumping signal). */
        DEPOSIT_DETECTED
    }

    @Override
    public SourceKind sourceKind() {
        return SourceKind.DUMPING_SENSOR;
    }

    @Override
    public DumpingObservation withZone(String zone) {
        return new DumpingObservation(id, sourceId, eventTime, lat, lon, zone, kind, value, unit);
    }
}
