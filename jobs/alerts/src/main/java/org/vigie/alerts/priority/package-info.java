/**
 * Alert priority: a documented, configurable score of an {@link org.vigie.events.Alert} and its band P1..P4.
 *
 * <p>{@link org.vigie.alerts.priority.PriorityPolicy#score} multiplies the rule's severity points by four weights
 * (corroboration, detection confidence, zone, time of day), rounds to 0.01 and cuts the result into bands. Every
 * factor leaves a {@link org.vigie.alerts.priority.Reason}, so an operator sees why an incident is P1. Plain Java,
 * serializable, no Flink.
 */
package org.vigie.alerts.priority;
