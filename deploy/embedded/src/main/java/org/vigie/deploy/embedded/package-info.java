/**
 * In-process services for tests, demos and benchmarks: a real single-node KRaft Kafka broker
 * ({@link org.vigie.deploy.embedded.EmbeddedKafka}) and a Flink local environment
 * ({@link org.vigie.deploy.embedded.LocalFlink}), both bound to 127.0.0.1 only.
 *
 * <p>Loopback-only is the contract, not a default: a demo laptop on a café network must not expose a broker or a
 * Flink REST endpoint. {@link org.vigie.deploy.embedded.ListeningSockets} lets a test prove it.
 */
package org.vigie.deploy.embedded;
