package org.vigie.alerts.cap;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** A CAP {@code valueName}/{@code value} pair: a {@code parameter}, {@code eventCode} or {@code geocode}. */
@JsonPropertyOrder({"valueName", "value"})
public record CapValue(
        @JacksonXmlProperty(namespace = CapAlert.NS) String valueName,
        @JacksonXmlProperty(namespace = CapAlert.NS) String value) {
}
