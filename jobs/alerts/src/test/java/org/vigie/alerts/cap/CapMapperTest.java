package org.vigie.alerts.cap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.vigie.alerts.incidents.IncidentChange;
import org.vigie.alerts.testing.TestAlerts;
import org.vigie.alerts.testing.TestIncidents;
import org.vigie.events.Alert;
import org.vigie.events.SourceKind;
import org.vigie.zones.Zone;
import org.vigie.zones.ZoneMap;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.alerts.testing.TestAlerts.T0;

class CapMapperTest {

    private static final ZoneMap CITY = ZoneMap.sample();
    private final CapMapper mapper = new CapMapper(CapProfile.defaults(CITY));

    private static List<String> values(CapInfo info, String name) {
        return info.parameter().stream().filter(p -> p.valueName().equals(name)).map(CapValue::value).toList();
    }

    @Test
    void theAlertHeaderFollowsCap() throws Exception {
        List<IncidentChange> life = TestIncidents.quietLifecycle();
        CapAlert opened = mapper.map(life.get(0));
        String id = life.get(0).incidentId();
        assertEquals("urn:vigie:" + id + ":1", opened.identifier());
        assertEquals("vigie@city.example", opened.sender());
        assertEquals("2025-03-14T10:00:00+00:00", opened.sent());
        assertEquals("Actual", opened.status());
        assertEquals("Alert", opened.msgType());
        assertEquals("Restricted", opened.scope());
        assertTrue(opened.restriction().startsWith("City control room"));
        assertNull(opened.references());
        assertEquals(id, opened.incidents());

        CapAlert closed = mapper.map(life.get(2));
        assertEquals("urn:vigie:" + id + ":3", closed.identifier());
        assertEquals("vigie@city.example,urn:vigie:" + id + ":1,2025-03-14T10:00:00+00:00 "
                + "vigie@city.example,urn:vigie:" + id + ":2,2025-03-14T10:06:00+00:00", closed.references());
        assertEquals("2025-03-14T10:36:00+00:00", closed.sent());
    }

    @Test
    void theCapVocabularyFollowsTheDocumentedTable() throws Exception {
        List<IncidentChange> quiet = TestIncidents.quietLifecycle();
        CapInfo open = mapper.map(quiet.get(0)).info().get(0);
        assertEquals(List.of("Env"), open.category());
        assertEquals("Illegal dumping", open.event());
        assertEquals(List.of("Assess"), open.responseType());
        assertEquals("Immediate", open.urgency());
        assertEquals("Severe", open.severity());
        assertEquals("Likely", open.certainty(), "two kinds of source");
        assertEquals("2025-03-14T09:59:30+00:00", open.onset());
        assertEquals("2025-03-14T10:30:00+00:00", open.expires(), "closes then unless more comes");

        CapInfo over = mapper.map(quiet.get(2)).info().get(0);
        assertEquals(List.of("AllClear"), over.responseType());
        assertEquals("Past", over.urgency());
        assertNull(over.expires());

        List<IncidentChange> decided = TestIncidents.escalatedThenDismissed();
        CapInfo escalated = mapper.map(decided.get(1)).info().get(0);
        assertEquals("Extreme", escalated.severity());
        assertEquals("Observed", escalated.certainty(), "an operator confirmed it");
        CapAlert cancel = mapper.map(decided.get(2));
        assertEquals("Cancel", cancel.msgType());
        assertEquals("Unlikely", cancel.info().get(0).certainty());
        assertEquals(List.of("None"), cancel.info().get(0).responseType());
        assertTrue(cancel.note().startsWith("dismissed as false by operator op-17"), cancel.note());
    }

    @Test
    void certaintyFollowsCorroboration() throws Exception {
        Alert oneSource = TestAlerts.rule("report-cluster").severity(Alert.Severity.LOW)
                .event("r1", SourceKind.CITIZEN_REPORT, "app", T0).build();
        CapInfo info = mapper.map(TestIncidents.opened(oneSource)).info().get(0);
        assertEquals("Possible", info.certainty());
        assertEquals("Future", info.urgency());
        assertEquals("Minor", info.severity());
        Alert threeKinds = TestAlerts.rule("r").event("a", SourceKind.CAMERA, "c", T0)
                .event("b", SourceKind.TRAFFIC, "t", T0).event("c", SourceKind.CITIZEN_REPORT, "app", T0).build();
        assertEquals("Observed", mapper.map(TestIncidents.opened(threeKinds)).info().get(0).certainty());
    }

    @Test
    void parametersExplainTheIncident() throws Exception {
        IncidentChange update = TestIncidents.quietLifecycle().get(1);
        CapInfo info = mapper.map(update).info().get(0);
        assertEquals(List.of("P2"), values(info, "vigie:priority"));
        assertEquals(List.of("72.00"), values(info, "vigie:score"));
        assertEquals(List.of("dumping-corroborated"), values(info, "vigie:ruleId"));
        assertEquals(List.of("dumping-corroborated@1"), values(info, "vigie:ruleVersion"));
        assertEquals(List.of(String.join(" ", update.incident().alertIds())), values(info, "vigie:alertIds"));
        assertEquals(4, values(info, "vigie:contributing").size());
        assertEquals("cam-1/0 CAMERA cam-1 2025-03-14T09:59:30+00:00", values(info, "vigie:contributing").get(0));
        assertEquals(6, values(info, "vigie:reason").size());
        assertTrue(info.description().contains("dumping-corroborated v1"), info.description());
        assertTrue(info.description().contains("dump-7/6 DUMPING_SENSOR"), info.description());
    }

    @Test
    void headlinesStayWithin160Characters() throws Exception {
        IncidentChange opened = TestIncidents.quietLifecycle().get(0);
        CapInfo info = mapper.map(opened).info().get(0);
        assertEquals("P2 Illegal dumping in Port Nord: 1 alert(s), 2 event(s)", info.headline());
        CapMapper wordy = new CapMapper(CapProfile.defaults(CITY).withClass("ILLEGAL_DUMPING", "Env", "x".repeat(300)));
        String headline = wordy.map(opened).info().get(0).headline();
        assertEquals(CapMapper.HEADLINE_MAX, headline.length());
        assertTrue(headline.endsWith("\u2026"));
    }

    @Test
    void theAreaIsTheZonePolygonInLatLonOrderClosed() throws Exception {
        CapArea area = mapper.map(TestIncidents.quietLifecycle().get(0)).info().get(0).area().get(0);
        assertEquals("Port Nord", area.areaDesc());
        String[] pairs = area.polygon().get(0).split(" ");
        assertTrue(pairs.length >= 4);
        assertEquals(pairs[0], pairs[pairs.length - 1]);
        assertEquals("43.700000,7.242000", pairs[0], "lat,lon although GeoJSON has lon,lat");
        assertEquals(List.of(new CapValue("vigie:zone", "port-nord")), area.geocode());
    }

    @Test
    void theCircleCoversTheZone() throws Exception {
        CapMapper circles = new CapMapper(CapProfile.defaults(CITY).withShape(CapProfile.Shape.CIRCLE));
        CapArea area = circles.map(TestIncidents.quietLifecycle().get(0)).info().get(0).area().get(0);
        assertTrue(area.polygon().isEmpty());
        String circle = area.circle().get(0);
        assertTrue(circle.matches("-?\\d+\\.\\d{6},-?\\d+\\.\\d{6} \\d+\\.\\d{2}"), circle);
        Zone z = CITY.zone("port-nord").orElseThrow();
        double radiusKm = Double.parseDouble(circle.split(" ")[1]);
        double halfDiagonalKm = Math.hypot((z.maxLat() - z.minLat()) * 111.2,
                (z.maxLon() - z.minLon()) * 111.2 * Math.cos(Math.toRadians(z.centerLat()))) / 2;
        assertTrue(radiusKm >= halfDiagonalKm && radiusKm < halfDiagonalKm + 0.05, circle);
    }

    @Test
    void jsonIsTheSameTree() throws Exception {
        CapAlert alert = mapper.map(TestIncidents.quietLifecycle().get(1));
        JsonNode json = new ObjectMapper().readTree(new CapCodec().toJson(alert));
        assertEquals(alert.identifier(), json.get("identifier").asText());
        assertEquals("Update", json.get("msgType").asText());
        assertEquals("2025-03-14T10:06:00+00:00", json.get("sent").asText());
        JsonNode info = json.get("info").get(0);
        assertEquals("Env", info.get("category").get(0).asText());
        assertEquals("vigie:priority", info.get("parameter").get(0).get("valueName").asText());
        assertEquals("Port Nord", info.get("area").get(0).get("areaDesc").asText());
        assertTrue(json.get("references").asText().contains(":1,"));
        assertTrue(!json.has("addresses") && !json.has("code"), "empty fields are left out");
    }

    @Test
    void kafkaHeadersCarryTheBand() throws Exception {
        IncidentChange c = TestIncidents.escalatedThenDismissed().get(2);
        Map<String, byte[]> h = CapHeaders.of(c);
        assertEquals("P1", new String(h.get(CapHeaders.PRIORITY), StandardCharsets.UTF_8));
        assertEquals("Cancel", new String(h.get(CapHeaders.MSG_TYPE), StandardCharsets.UTF_8));
        assertEquals(c.incidentId(), new String(CapHeaders.key(c), StandardCharsets.UTF_8));
    }

    @Test
    void profilesRefuseWhatCapForbidsOrVigieDoesNotDo() {
        CapProfile ok = CapProfile.defaults(CITY);
        assertThrows(IllegalArgumentException.class, () -> ok.withSender("vigie city", "Vigie"));
        assertThrows(IllegalArgumentException.class, () -> ok.withSender("a,b", "Vigie"));
        assertThrows(IllegalArgumentException.class, () -> ok.withStatus("Live"));
        assertThrows(IllegalArgumentException.class, () -> ok.withPrivateAddresses(List.of()));
        assertThrows(IllegalArgumentException.class, () -> ok.withClass("X", "Waste", "x"));
        assertThrows(IllegalArgumentException.class, () -> new CapProfile("s", "S", "Actual", "Public", null,
                List.of(), "en-US", Map.of(), "Safety", Map.of(), CapProfile.Shape.POLYGON, "", null));
    }
}
