package org.vigie.schemas.wire;

import org.vigie.events.CitizenReport;

/** {@link CitizenReport} fields (Open311 GeoReport v2). */
final class CitizenMapping extends SignalMapping<CitizenReport> {

    static final CitizenMapping INSTANCE = new CitizenMapping();

    private static final EnumLookup<CitizenReport.ServiceCode> SERVICES =
            new EnumLookup<>(CitizenReport.ServiceCode.class);
    private static final EnumLookup<CitizenReport.Status> STATUSES = new EnumLookup<>(CitizenReport.Status.class);

    private CitizenMapping() {
        super(CitizenReport.class);
    }

    @Override
    CitizenReport read(Common c, FieldSource in) throws DecodeException {
        return new CitizenReport(c.id(), c.sourceId(), c.eventTime(), c.lat(), c.lon(), c.zone(),
                SERVICES.parse("serviceCode", in.string("serviceCode")),
                in.optString("description"),
                STATUSES.parse("status", in.string("status")),
                in.optString("address"));
    }

    @Override
    void writeOwn(CitizenReport e, FieldSink out) {
        out.enumName("serviceCode", e.serviceCode());
        out.string("description", e.description());
        out.enumName("status", e.status());
        out.string("address", e.address());
    }
}
