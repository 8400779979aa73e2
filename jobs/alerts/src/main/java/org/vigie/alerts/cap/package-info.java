/**
 * Incidents out as OASIS CAP 1.2 (Common Alerting Protocol), in XML (the standard's form, namespace
 * {@code urn:oasis:names:tc:emergency:cap:1.2}, valid against the OASIS schema the jar carries at
 * {@link org.vigie.alerts.cap.CapCodec#XSD_RESOURCE}) and in JSON (the same structure, element names as keys).
 *
 * <p>{@link org.vigie.alerts.cap.CapMapper} maps an {@link org.vigie.alerts.incidents.IncidentChange} to a
 * {@link org.vigie.alerts.cap.CapAlert} under a {@link org.vigie.alerts.cap.CapProfile};
 * {@link org.vigie.alerts.cap.CapCodec} writes it; {@link org.vigie.alerts.cap.CapHeaders} names the Kafka headers
 * consumers filter on. The mapping table is in the module README.
 */
package org.vigie.alerts.cap;
