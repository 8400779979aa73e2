package org.vigie.alerts.cap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.List;

/**
 * A CAP 1.2 {@code alert}, the fields Vigie writes, in the schema's order. Every element is in the CAP namespace
 * (the schema is {@code elementFormDefault="qualified"}); null and empty fields are left out. Times are CAP
 * date-times ({@code 2025-03-14T09:26:53+00:00}), lists are space-separated where CAP says so.
 */
@JacksonXmlRootElement(localName = "alert", namespace = CapAlert.NS)
@JsonPropertyOrder({"identifier", "sender", "sent", "status", "msgType", "source", "scope", "restriction",
        "addresses", "code", "note", "references", "incidents", "info"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CapAlert(
        @JacksonXmlProperty(namespace = NS) String identifier,
        @JacksonXmlProperty(namespace = NS) String sender,
        @JacksonXmlProperty(namespace = NS) String sent,
        @JacksonXmlProperty(namespace = NS) String status,
        @JacksonXmlProperty(namespace = NS) String msgType,
        @JacksonXmlProperty(namespace = NS) String source,
        @JacksonXmlProperty(namespace = NS) String scope,
        @JacksonXmlProperty(namespace = NS) String restriction,
        @JacksonXmlProperty(namespace = NS) String addresses,
        @JacksonXmlProperty(namespace = NS) List<String> code,
        @JacksonXmlProperty(namespace = NS) String note,
        @JacksonXmlProperty(namespace = NS) String references,
        @JacksonXmlProperty(namespace = NS) String incidents,
        @JacksonXmlProperty(namespace = NS) List<CapInfo> info) {

    /** The CAP 1.2 XML namespace. */
    public static final String NS = "urn:oasis:names:tc:emergency:cap:1.2";

    public CapAlert {
        code = code == null ? List.of() : List.copyOf(code);
        info = info == null ? List.of() : List.copyOf(info);
    }
}
