package org.vigie.alerts.cap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

import java.util.List;

/**
 * A CAP 1.2 {@code area}: a description, polygons ({@code "lat,lon lat,lon ..."}, at least 4 pairs, first ==
 * last), circles ({@code "lat,lon radius_km"}) and geocodes.
 */
@JsonPropertyOrder({"areaDesc", "polygon", "circle", "geocode"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CapArea(
        @JacksonXmlProperty(namespace = CapAlert.NS) String areaDesc,
        @JacksonXmlProperty(namespace = CapAlert.NS) List<String> polygon,
        @JacksonXmlProperty(namespace = CapAlert.NS) List<String> circle,
        @JacksonXmlProperty(namespace = CapAlert.NS) List<CapValue> geocode) {

    public CapArea {
        polygon = polygon == null ? List.of() : List.copyOf(polygon);
        circle = circle == null ? List.of() : List.copyOf(circle);
        geocode = geocode == null ? List.of() : List.copyOf(geocode);
    }
}
