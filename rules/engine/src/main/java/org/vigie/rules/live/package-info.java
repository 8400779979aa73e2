/**
 * Live rule changes: the protocol of the {@value org.vigie.rules.live.RuleTopics#RULES} topic
 * ({@link org.vigie.rules.live.RuleChange}, a tombstone deletes), the statuses and audit entries that answer it
 * ({@link org.vigie.rules.live.RuleStatus}, {@link org.vigie.rules.live.AuditEntry}), their JSON codecs, and the
 * validation of a change with exactly the checks and compiler of {@code vigie rules check}
 * ({@link org.vigie.rules.live.RuleChangeValidator}), which {@code vigie rules deploy} and the job both use.
 */
package org.vigie.rules.live;
