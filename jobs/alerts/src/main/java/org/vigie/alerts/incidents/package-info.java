/**
 * Incidents: rule matches of one incident class in one zone, grouped, announced once, updated, closed.
 *
 * <pre>
 *            alert, no open incident of its class in the zone
 *   (none) ─────────────────────────────────────────────────▶ OPEN ──┐ alert within the join gap:
 *                                        OPENED (CAP Alert)     ▲    │ UPDATED (CAP Update) when it brings a new
 *                                                               └────┘ rule or a higher band, or its rule's
 *                                                                      cooldown has passed; else absorbed quietly
 *   OPEN ── quiet period of event time without alerts (timer) ──▶ CLOSED  CLOSED/QUIET  (CAP Update, AllClear)
 *   OPEN ── operator DISMISS_FALSE ──────────────────────────────▶ CLOSED  CLOSED/DISMISSED (CAP Cancel)
 *   OPEN ── alert after the join gap (gap shorter than quiet) ───▶ CLOSED  CLOSED/SUPERSEDED, then a new OPEN
 *   CLOSED ── retention passed (timer) ─────────────────────────▶ (purged from state)
 * </pre>
 *
 * {@link org.vigie.alerts.incidents.IncidentTracker} is the plain-Java core; {@link
 * org.vigie.alerts.incidents.IncidentFunction} (alerts only) and {@link
 * org.vigie.alerts.incidents.IncidentFeedbackFunction} (alerts connected with operator feedback) run it in Flink,
 * keyed by zone, on event-time timers only.
 */
package org.vigie.alerts.incidents;
