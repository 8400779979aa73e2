/**
 * Correlation: the Vigie event types as Esper sees them, and the engine that runs compiled rules over events.
 *
 * <p>Entry points: {@link org.vigie.correlate.CorrelationEngine} (one Esper runtime, driven by event time),
 * {@link org.vigie.correlate.TypesModule} (the event types and the {@code ByZone} context every rule compiles against),
 * {@link org.vigie.correlate.EventSchemas} (the single source of truth for the fields rules see) and
 * {@link org.vigie.correlate.CompiledRule}. Everything package-private here is internal.
 */
package org.vigie.correlate;
