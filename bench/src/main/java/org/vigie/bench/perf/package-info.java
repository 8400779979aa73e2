/**
 * Performance side by side: Vigie against the pass-through job (the limit of the data path), against Esper alone
 * (the limit of the engine) and against Flink CEP on the same reference rules, with the alerts of both engines
 * checked for equality; throughput as the rule count grows; latency at a steady rate; heap per camera.
 *
 * <p>Benchmarks print and write figures; they never pass or fail. Every command runs on an embedded Kafka broker
 * and a loopback Flink MiniCluster in one JVM, so the broker shares the machine's cores with the job.
 */
package org.vigie.bench.perf;
