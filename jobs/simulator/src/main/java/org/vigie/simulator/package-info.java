/**
 * A deterministic synthetic city: cameras, dumping sensors, traffic detectors and call-centre desks placed in the
 * zones of a zone map, background noise that scales with them (false triggers included,
 * {@link org.vigie.simulator.FalseTriggers}), and injected incidents with their ground truth (the starter pack's two
 * types, and more on demand: {@link org.vigie.simulator.IncidentMix}).
 *
 * <p>Entry points: {@link org.vigie.simulator.CityConfig} (the knobs), {@link org.vigie.simulator.CitySimulator}
 * (the time-ordered stream of {@link org.vigie.simulator.SimRecord}s, and {@link org.vigie.simulator.RawRecord}s
 * for the dead-letter path) and {@link org.vigie.simulator.KafkaCityWriter} (to the input topics named in
 * {@link org.vigie.simulator.CityTopics}). Package-private classes are internal.
 *
 * <p>The contract with rule authors is the shape of an injected incident (see {@link org.vigie.simulator.GroundTruth})
 * and the promise that noise never forms one: background events never match the three starter rules. Rules beyond
 * those meet the background as it comes.
 */
package org.vigie.simulator;
