/**
 * Vigie's canonical event model: the four kinds of urban-safety signal, as Java records.
 *
 * <p>These are what every stage after ingest works with; the Avro-generated types in
 * {@code org.vigie.schemas.avro} stay at the Kafka edges. No type here has a field for a face, a body or any
 * biometric attribute, and a licence plate exists only as a keyed pseudonym with the id of the key that made it.
 */
package org.vigie.events;
