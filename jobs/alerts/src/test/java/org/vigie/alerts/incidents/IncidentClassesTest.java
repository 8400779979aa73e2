package org.vigie.alerts.incidents;

import org.junit.jupiter.api.Test;
import org.vigie.alerts.incidents.IncidentTracker.Disposition;
import org.vigie.alerts.testing.TestAlerts;
import org.vigie.events.Alert;
import org.vigie.events.SourceKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigie.alerts.testing.TestAlerts.MINUTE;
import static org.vigie.alerts.testing.TestAlerts.T0;

class IncidentClassesTest {

    private static Alert cluster(String serviceCode, long t) {
        return TestAlerts.rule("report-cluster").at(t).value("serviceCode", serviceCode)
                .event("cr-" + t, SourceKind.CITIZEN_REPORT, "desk-01", t).build();
    }

    private static final IncidentClasses BY_CODE = IncidentClasses.defaults()
            .with(IncidentClasses.valueKey("report-cluster", "serviceCode", "NOISE"), "NOISE_NUISANCE");

    @Test
    void theCityPacksRulesHaveTheirClasses() {
        IncidentClasses c = IncidentClasses.defaults();
        assertEquals(IncidentClasses.ILLEGAL_DUMPING, c.classOf(TestAlerts.rule("dumping-confirmed").at(T0)
                .event("do-1", SourceKind.DUMPING_SENSOR, "bin-1", T0).build()));
        assertEquals(IncidentClasses.ROAD_BLOCKED, c.classOf("collision-congestion"));
        assertEquals(IncidentClasses.DEVICE_SILENT, c.classOf("camera-silent"));
        assertEquals(IncidentClasses.ROAD_BLOCKED, c.classOf(cluster("ROAD_ACCIDENT", T0)));
        assertEquals(IncidentClasses.CITIZEN_REPORTS, c.classOf(cluster("NOISE", T0)));
        assertEquals("lookout-2025-0142", c.classOf("lookout-2025-0142"));
    }

    @Test
    void aMatchedValueRefinesTheRulesClass() {
        assertEquals("NOISE_NUISANCE", BY_CODE.classOf(cluster("NOISE", T0)));
        assertEquals(IncidentClasses.CITIZEN_REPORTS, BY_CODE.classOf(cluster("GRAFFITI", T0)));
        assertEquals(IncidentClasses.CITIZEN_REPORTS, BY_CODE.classOf("report-cluster"));
    }

    @Test
    void callersAboutARoadAccidentCanJoinTheRoadsIncident() throws Exception {
        TrackerRig rig = new TrackerRig(IncidentPolicy.defaults().withClasses(BY_CODE));
        Alert road = TestAlerts.rule("stopped-then-collapse").at(T0)
                .event("te-1", SourceKind.TRAFFIC, "det-1", T0).build();
        assertEquals(Disposition.OPENED, rig.alert(road).disposition());
        assertEquals(Disposition.UPDATED, rig.alert(cluster("ROAD_ACCIDENT", T0 + 5 * MINUTE)).disposition());
        assertEquals(Disposition.OPENED, rig.alert(cluster("NOISE", T0 + 6 * MINUTE)).disposition());
    }
}
