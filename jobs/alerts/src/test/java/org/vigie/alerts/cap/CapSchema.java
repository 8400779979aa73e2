package org.vigie.alerts.cap;

import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/** The OASIS CAP 1.2 schema from the classpath, with every external fetch forbidden: validation is offline. */
final class CapSchema {

    static final Schema SCHEMA = load();

    private CapSchema() {
    }

    static void validate(byte[] xml) throws SAXException, IOException {
        var validator = SCHEMA.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static Schema load() {
        URL xsd = CapSchema.class.getResource(CapCodec.XSD_RESOURCE);
        if (xsd == null) {
            throw new IllegalStateException("CAP schema missing from the classpath: " + CapCodec.XSD_RESOURCE);
        }
        try (InputStream in = xsd.openStream()) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(in, xsd.toString()));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("cannot load the CAP schema", e);
        }
    }
}
