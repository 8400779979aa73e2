package org.vigie.alerts.incidents;

import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;
import org.vigie.alerts.cap.CapMapper;
import org.vigie.alerts.cap.CapProfile;
import org.vigie.alerts.priority.PriorityPolicy;
import org.vigie.alerts.priority.ZoneWeights;
import org.vigie.alerts.testing.TestAlerts;
import org.vigie.zones.ZoneMap;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** What the job hands to Flink is Java-serialized into the job graph: every piece must survive it. */
class ShipToClusterTest {

    @Test
    void functionsPoliciesKeysAndWatermarksSerialize() throws Exception {
        ZoneMap city = ZoneMap.sample();
        PriorityPolicy priority = PriorityPolicy.defaults().withZones(ZoneWeights.of(city, Map.of("port", 2.0)));
        assertEquals(priority, InstantiationUtil.clone(priority));
        assertEquals(IncidentPolicy.defaults(), InstantiationUtil.clone(IncidentPolicy.defaults()));
        assertNotNull(InstantiationUtil.clone(new IncidentFunction(IncidentPolicy.defaults(), priority)));
        assertNotNull(InstantiationUtil.clone(new IncidentFeedbackFunction(IncidentPolicy.defaults(), priority)));
        assertNotNull(InstantiationUtil.clone(new FeedbackZoneKey()));
        assertNotNull(InstantiationUtil.clone(FeedbackZoneKey.WATERMARKS));
        assertNotNull(InstantiationUtil.clone(IncidentTypes.CHANGE));
        CapMapper mapper = InstantiationUtil.clone(new CapMapper(CapProfile.defaults(city)));
        assertEquals("Port Nord", mapper.map(org.vigie.alerts.testing.TestIncidents.opened(TestAlerts.dumping(0)))
                .info().get(0).area().get(0).areaDesc(), "the zone map survives the trip");
    }
}
