package org.vigie.alerts.cap;

import org.junit.jupiter.api.Test;
import org.vigie.alerts.incidents.IncidentChange;
import org.vigie.alerts.testing.TestAlerts;
import org.vigie.alerts.testing.TestIncidents;
import org.vigie.zones.ZoneMap;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every CAP message Vigie writes is valid against the OASIS CAP 1.2 schema, and the validator is live. */
class CapXmlValidationTest {

    private static final ZoneMap CITY = ZoneMap.sample();
    private final CapCodec codec = new CapCodec();

    private static List<IncidentChange> allKinds() throws Exception {
        List<IncidentChange> changes = new ArrayList<>(TestIncidents.quietLifecycle());
        changes.addAll(TestIncidents.escalatedThenDismissed());
        return changes;
    }

    private byte[] xml(CapProfile profile, IncidentChange change) {
        return codec.toXml(new CapMapper(profile).map(change));
    }

    @Test
    void alertUpdateAllClearAndCancelAreValid() throws Exception {
        List<String> msgTypes = new ArrayList<>();
        for (IncidentChange change : allKinds()) {
            byte[] xml = xml(CapProfile.defaults(CITY), change);
            CapSchema.validate(xml);
            msgTypes.add(text(xml, "msgType"));
        }
        assertEquals(List.of("Alert", "Update", "Update", "Alert", "Update", "Cancel"), msgTypes);
    }

    @Test
    void everyProfileVariantIsValid() throws Exception {
        List<CapProfile> profiles = List.of(
                CapProfile.defaults(CITY).withStatus("Exercise"),
                CapProfile.defaults(CITY).withPrivateAddresses(List.of("desk-waste@city.example", "desk-traffic")),
                CapProfile.defaults(CITY).withShape(CapProfile.Shape.CIRCLE),
                CapProfile.defaults(CITY).withShape(CapProfile.Shape.BOTH),
                CapProfile.defaults(null));
        for (CapProfile profile : profiles) {
            for (IncidentChange change : allKinds()) {
                CapSchema.validate(xml(profile, change));
            }
        }
    }

    @Test
    void anUnknownZoneAndUnmappedClassAreStillValid() throws Exception {
        IncidentChange c = TestIncidents.opened(TestAlerts.rule("new-rule").zone("nowhere, really").build());
        CapSchema.validate(xml(CapProfile.defaults(CITY), c));
    }

    @Test
    void theDocumentIsInTheCapNamespaceAsItsDefault() throws Exception {
        byte[] xml = xml(CapProfile.defaults(CITY), allKinds().get(0));
        String text = new String(xml, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml"), text);
        assertTrue(text.contains("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">"), text);
        Document doc = parse(xml);
        assertEquals(CapAlert.NS, doc.getDocumentElement().getNamespaceURI());
        assertEquals(CapAlert.NS, doc.getElementsByTagNameNS("*", "valueName").item(0).getNamespaceURI());
    }

    @Test
    void aTimeInZuluIsRefused() throws Exception {
        String valid = new String(xml(CapProfile.defaults(CITY), allKinds().get(0)), StandardCharsets.UTF_8);
        CapSchema.validate(valid.getBytes(StandardCharsets.UTF_8));
        String zulu = valid.replaceFirst("(<sent>[^<]+)\\+00:00</sent>", "$1Z</sent>");
        assertTrue(zulu.contains("Z</sent>"), zulu);
        SAXException e = assertThrows(SAXException.class,
                () -> CapSchema.validate(zulu.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("pattern"), e.getMessage());
    }

    @Test
    void fractionalSecondsAreRefused() throws Exception {
        String valid = new String(xml(CapProfile.defaults(CITY), allKinds().get(0)), StandardCharsets.UTF_8);
        String millis = valid.replaceFirst("(<sent>[^<]+:\\d\\d)\\+00:00</sent>", "$1.589+00:00</sent>");
        assertThrows(SAXException.class, () -> CapSchema.validate(millis.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aMissingRequiredElementIsRefused() throws Exception {
        String valid = new String(xml(CapProfile.defaults(CITY), allKinds().get(0)), StandardCharsets.UTF_8);
        String noEvent = valid.replaceFirst("<event>[^<]*</event>", "");
        SAXException e = assertThrows(SAXException.class,
                () -> CapSchema.validate(noEvent.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("event"), e.getMessage());
        String noSender = valid.replaceFirst("<sender>[^<]*</sender>", "");
        assertThrows(SAXException.class, () -> CapSchema.validate(noSender.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aWrongNamespaceIsRefused() {
        String v11 = "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.1\"><identifier>x</identifier></alert>";
        assertThrows(SAXException.class, () -> CapSchema.validate(v11.getBytes(StandardCharsets.UTF_8)));
    }

    static String text(byte[] xml, String element) throws Exception {
        return parse(xml).getElementsByTagNameNS(CapAlert.NS, element).item(0).getTextContent();
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
