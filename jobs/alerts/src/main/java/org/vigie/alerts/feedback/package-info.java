/**
 * What operators decide about incidents, and the audit trail: {@link org.vigie.alerts.feedback.OperatorFeedback}
 * (topic {@code vigie.feedback}) with its JSON codec, {@link org.vigie.alerts.feedback.AuditRecord} (topic
 * {@code vigie.audit}) with its JSON codec, and {@link org.vigie.alerts.feedback.PrecisionBook}, per-rule precision
 * from decided incidents. Plain Java, no Flink: the incident operator applies feedback to its state.
 */
package org.vigie.alerts.feedback;
