package org.vigie.events;

/**
 * A report from the call-centre or a citizen app, after Open311 GeoReport v2: {@code id} is service_request_id,
 * {@code eventTime} is requested_datetime, {@code sourceId} the channel or agent desk that took it.
 *
 * @param serviceCode Open311 service_code, one of {@link ServiceCode}
 * @param description free text as given by the caller (kept short; may be {@code null})
 * @param status      Open311 status
 * @param address     Open311 address, or {@code null}
 */
public record CitizenReport(
        String id,
        String sourceId,
        long eventTime,
        double lat,
        double lon,
        String zone,
        ServiceCode serviceCode,
        String description,
        Status status,
        String address) implements SignalEvent {

    public enum ServiceCode {
        ILLEGAL_DUMPING, ROAD_ACCIDENT, STOPPED_VEHICLE, WRONG_WAY_DRIVER, FIGHT, CROWD, ABANDONED_OBJECT, NOISE,
        OTHER
    }

    public enum Status { OPEN, CLOSED }

    @Override
    public SourceKind sourceKind() {
        return SourceKind.CITIZEN_REPORT;
    }

    @Override
    public CitizenReport withZone(String zone) {
        return new CitizenReport(id, sourceId, eventTime, lat, lon, zone, serviceCode, description, status, address);
    }
}
