/**
 * The workload benchmark: how many alerts an operator gets as the city adds cameras. For each camera count, the
 * simulated city (fixed incident rate, every kind of noise, growing with the devices) goes through the full job on
 * an embedded broker, and the committed alerts are scored against the injected incidents' ground truth.
 *
 * <p>Entry points: {@link org.vigie.bench.workload.WorkloadBench} (the {@code vigie bench workload} command) and
 * {@link org.vigie.bench.workload.Workload#run} (the same, as a call). It prints and writes figures; it never passes
 * or fails.
 */
package org.vigie.bench.workload;
