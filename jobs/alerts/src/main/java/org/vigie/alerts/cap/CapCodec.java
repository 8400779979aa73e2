package org.vigie.alerts.cap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;

/**
 * Writes CAP alerts as XML (the standard's form) and as JSON (the same tree: element names as keys, repeated
 * elements as arrays, valueName/value pairs as objects). Thread-safe.
 */
public final class CapCodec {

    /** The OASIS CAP 1.2 schema on the classpath, for validating what {@link #toXml} writes. */
    public static final String XSD_RESOURCE = "/org/vigie/alerts/cap/CAP-v1.2.xsd";

    private static final XmlMapper XML = XmlMapper.builder()
            .defaultUseWrapper(false)
            .enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION)
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** UTF-8 XML with declaration, CAP namespace as the default namespace. */
    public byte[] toXml(CapAlert alert) {
        try {
            return XML.writeValueAsBytes(alert);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write CAP XML for " + alert.identifier(), e);
        }
    }

    /** UTF-8 JSON. */
    public byte[] toJson(CapAlert alert) {
        try {
            return JSON.writeValueAsBytes(alert);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write CAP JSON for " + alert.identifier(), e);
        }
    }
}
