/**
 * Wire codecs: the only place bytes on a Kafka topic become Vigie records ({@link org.vigie.events}) and back.
 *
 * <p>Entry points: {@link org.vigie.schemas.wire.SignalCodec} for the four input signal kinds,
 * {@link org.vigie.schemas.wire.AlertCodec} and {@link org.vigie.schemas.wire.DeadLetterCodec} for what Vigie
 * writes. Two formats are accepted on input, detected per record: Avro single-object encoding and JSON. Everything
 * else in this package is internal.
 *
 * <p>Biometric data is refused here, at the edge: a JSON field named like a biometric attribute, or a camera object
 * class such as {@code HumanFace}, fails decoding with a reason meant for the dead-letter topic.
 */
package org.vigie.schemas.wire;
