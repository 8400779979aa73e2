/**
 * Live rule changes: the protocol of the {@value org.vigie.rules.live.RuleTopics#RULES} topic
 * ({@link org.vigie.rules.live.RuleChange}, a tombstone deletes), the statuses and audit entries that answer it
 * ({@link org.vigie.rules.live.RuleStatus}, {@link org.vigie.rules.live.AuditEntry}), their JSON codecs, and the
 * validation of a change with exactly the checks and compiler of {@code vigie rules check}
 * ({@link org.vigie.rules.live.RuleChangeValidator}). {@link org.vigie.rules.live.LiveRuleSet} turns the topic's
 * records into deploy / undeploy / reject decisions for a job to carry out.
 */
package org.vigie.rules.live;
