package org.vigie.alerts.cap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

import java.util.List;

/** A CAP 1.2 {@code info} block, the fields Vigie writes, in the schema's order. */
@JsonPropertyOrder({"language", "category", "event", "responseType", "urgency", "severity", "certainty",
        "onset", "expires", "senderName", "headline", "description", "instruction", "parameter", "area"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CapInfo(
        @JacksonXmlProperty(namespace = CapAlert.NS) String language,
        @JacksonXmlProperty(namespace = CapAlert.NS) List<String> category,
        @JacksonXmlProperty(namespace = CapAlert.NS) String event,
        @JacksonXmlProperty(namespace = CapAlert.NS) List<String> responseType,
        @JacksonXmlProperty(namespace = CapAlert.NS) String urgency,
        @JacksonXmlProperty(namespace = CapAlert.NS) String severity,
        @JacksonXmlProperty(namespace = CapAlert.NS) String certainty,
        @JacksonXmlProperty(namespace = CapAlert.NS) String onset,
        @JacksonXmlProperty(namespace = CapAlert.NS) String expires,
        @JacksonXmlProperty(namespace = CapAlert.NS) String senderName,
        @JacksonXmlProperty(namespace = CapAlert.NS) String headline,
        @JacksonXmlProperty(namespace = CapAlert.NS) String description,
        @JacksonXmlProperty(namespace = CapAlert.NS) String instruction,
        @JacksonXmlProperty(namespace = CapAlert.NS) List<CapValue> parameter,
        @JacksonXmlProperty(namespace = CapAlert.NS) List<CapArea> area) {

    public CapInfo {
        category = List.copyOf(category);
        responseType = responseType == null ? List.of() : List.copyOf(responseType);
        parameter = parameter == null ? List.of() : List.copyOf(parameter);
        area = area == null ? List.of() : List.copyOf(area);
    }
}
