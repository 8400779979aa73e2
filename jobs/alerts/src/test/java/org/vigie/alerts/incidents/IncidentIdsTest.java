package org.vigie.alerts.incidents;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncidentIdsTest {

    @Test
    void idsAreStableReadableAndNameTheirZone() {
        String id = IncidentIds.of("port-nord", "ILLEGAL_DUMPING", "a-1");
        assertEquals(id, IncidentIds.of("port-nord", "ILLEGAL_DUMPING", "a-1"));
        assertTrue(id.matches("port-nord:ILLEGAL_DUMPING:[0-9a-f]{12}"), id);
        assertEquals("port-nord", IncidentIds.zoneOf(id));
        assertNotEquals(id, IncidentIds.of("port-nord", "ILLEGAL_DUMPING", "a-2"));
        assertNotEquals(id, IncidentIds.of("port-nord", "ROAD_BLOCKED", "a-1"));
    }

    @Test
    void oddZoneNamesAreEncodedSoIdsStayCapSafe() {
        String zone = "Gare, côté <sud> & nord:2";
        String id = IncidentIds.of(zone, "report cluster", "a-1");
        assertTrue(id.matches("[^\\s,<&]+"), id);
        assertEquals(zone, IncidentIds.zoneOf(id));
    }

    @Test
    void foreignIdsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> IncidentIds.zoneOf("no-colons"));
        assertThrows(IllegalArgumentException.class, () -> IncidentIds.zoneOf(":X:1"));
        assertThrows(IllegalArgumentException.class, () -> IncidentIds.zoneOf("z:only-one"));
        assertThrows(IllegalArgumentException.class, () -> IncidentIds.zoneOf("bad%4:X:1"));
    }

    @Test
    void policiesFailFast() {
        assertThrows(IllegalArgumentException.class, () -> IncidentPolicy.defaults()
                .withTimes(java.time.Duration.ofMinutes(40), java.time.Duration.ofMinutes(30),
                        java.time.Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> IncidentClasses.defaults().with("r", " "));
    }
}
