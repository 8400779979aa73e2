package org.vigie.correlate;

import com.espertech.esper.common.client.EventSender;
import com.espertech.esper.runtime.client.EPDeployException;
import com.espertech.esper.runtime.client.EPDeployment;
import com.espertech.esper.runtime.client.EPDeploymentService;
import com.espertech.esper.runtime.client.EPEventService;
import com.espertech.esper.runtime.client.EPRuntime;
import com.espertech.esper.runtime.client.EPRuntimeProvider;
import com.espertech.esper.runtime.client.EPStatement;
import com.espertech.esper.runtime.client.EPUndeployException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.vigie.events.Alert;
import org.vigie.events.SignalEvent;

/**
 * One Esper runtime holding the Vigie event types and a set of deployed rules, driven entirely by event time.
 *
 * <p>Time never comes from the wall clock: the runtime starts at 0 and moves only through {@link #advanceTime},
 * forward. Callers advance to an event's time before {@linkplain #send sending} it (a Flink operator does so for each
 * event it releases after the watermark), and advance further to let time-based matches (absence, expiry) fire.
 *
 * <p>Not thread-safe: one thread drives an engine (one engine per parallel subtask). Counters may be read from any
 * thread.
 */
public final class CorrelationEngine implements AutoCloseable {

    /** A deployed rule: what was compiled, and which Esper deployment holds it. */
    private record Deployed(CompiledRule rule, String deploymentId) {
    }

    // Esper
    private final EPRuntime runtime;
    private final EPEventService events;
    private final EPDeploymentService deployments;
    private final EventSender[] senders; // by SourceKind.ordinal()

    // State
    private final Map<String, Deployed> deployed = new LinkedHashMap<>();
    private final List<Alert> pendingAlerts = new ArrayList<>();

    // Metrics
    private final EngineCounters counters = new EngineCounters();

    public CorrelationEngine() {
        // A unique URI: EPRuntimeProvider hands back an existing runtime when a URI is reused.
        runtime = EPRuntimeProvider.getRuntime("vigie-" + UUID.randomUUID(), TypesModule.configuration());
        events = runtime.getEventService();
        deployments = runtime.getDeploymentService();
        // Before any deployment, so no statement ever sees the wall-clock time the runtime was created at.
        events.advanceTime(0);
        try {
            deployments.deploy(TypesModule.compiled());
        } catch (EPDeployException e) {
            runtime.destroy();
            throw new IllegalStateException("cannot deploy Vigie's event types: " + e.getMessage(), e);
        }
        List<EventSchema<?>> schemas = EventSchemas.all();
        senders = new EventSender[schemas.size()];
        for (EventSchema<?> schema : schemas) {
            senders[schema.kind().ordinal()] = events.getEventSender(schema.eplName());
        }
    }

    /**
     * Deploys {@code rule}. If a rule with the same id is deployed, the new one is deployed first and the old one is
     * then undeployed, so a failed deploy leaves the old version running and a successful one never leaves both.
     *
     * @throws RuleDeployException if Esper refuses the deployment or the rule's output cannot be explained
     */
    public void deploy(CompiledRule rule) {
        EPDeployment deployment;
        try {
            deployment = deployments.deploy(rule.compiled());
        } catch (EPDeployException e) {
            throw new RuleDeployException(rule.id(), "deploy failed: " + e.getMessage(), e);
        }
        try {
            EPStatement[] statements = deployment.getStatements();
            if (statements.length != 1) {
                throw new RuleDeployException(rule.id(), "a rule is one statement, got " + statements.length);
            }
            OutputPlan plan = OutputPlan.of(rule.id(), statements[0].getEventType());
            statements[0].addListener(new AlertListener(rule, plan, pendingAlerts, counters.forRule(rule.id())));
        } catch (RuntimeException e) {
            undeployDeployment(deployment.getDeploymentId());
            throw e;
        }
        Deployed previous = deployed.put(rule.id(), new Deployed(rule, deployment.getDeploymentId()));
        if (previous != null) {
            undeployDeployment(previous.deploymentId());
        }
    }

    /** Undeploys the rule with this id; returns whether one was deployed. */
    public boolean undeploy(String ruleId) {
        Deployed previous = deployed.remove(ruleId);
        if (previous == null) {
            return false;
        }
        undeployDeployment(previous.deploymentId());
        return true;
    }

    /** Deployed rule ids and their versions, in deployment order. */
    public Map<String, Integer> deployedRules() {
        Map<String, Integer> versions = new LinkedHashMap<>();
        deployed.forEach((id, d) -> versions.put(id, d.rule().version()));
        return versions;
    }

    /**
     * Moves event time to {@code eventTimeMillis}, firing every timer due by then (in due order). Time only moves
     * forward: an earlier time is refused, the current time is a no-op.
     *
     * @throws IllegalArgumentException if {@code eventTimeMillis} is before the current time
     */
    public void advanceTime(long eventTimeMillis) {
        long now = events.getCurrentTime();
        if (eventTimeMillis < now) {
            throw new IllegalArgumentException("event time must not go backwards: at " + now + ", asked "
                    + eventTimeMillis);
        }
        if (eventTimeMillis > now) {
            events.advanceTime(eventTimeMillis);
        }
    }

    /** The engine's event time, epoch ms. */
    public long currentTime() {
        return events.getCurrentTime();
    }

    /** Sends one event at the current event time. Call {@link #advanceTime} to the event's time first. */
    public void send(SignalEvent event) {
        counters.eventsIn.increment();
        senders[event.sourceKind().ordinal()].sendEvent(EventSchemas.toObjectArray(event));
    }

    /** The alerts emitted since the last call, in emission order; the engine keeps none of them. */
    public List<Alert> drainAlerts() {
        if (pendingAlerts.isEmpty()) {
            return List.of();
        }
        List<Alert> drained = List.copyOf(pendingAlerts);
        pendingAlerts.clear();
        return drained;
    }

    /** Events sent since the engine was created. */
    public long eventsIn() {
        return counters.eventsIn.sum();
    }

    /** Alerts emitted by the rule with this id since the engine was created (across its redeploys). */
    public long alertsOut(String ruleId) {
        return counters.alerts(ruleId);
    }

    /** Alerts emitted per rule id, sorted by id. */
    public Map<String, Long> alertsOutByRule() {
        return new TreeMap<>(counters.alertsByRule());
    }

    /** Matches of this rule dropped because they carried no contributing event (a rule-authoring error). */
    public long emptyMatches(String ruleId) {
        return counters.emptyMatches(ruleId);
    }

    /** Releases the Esper runtime and everything deployed in it. */
    @Override
    public void close() {
        deployed.clear();
        if (!runtime.isDestroyed()) {
            runtime.destroy();
        }
    }

    private void undeployDeployment(String deploymentId) {
        try {
            deployments.undeploy(deploymentId);
        } catch (EPUndeployException e) {
            throw new IllegalStateException("cannot undeploy " + deploymentId + ": " + e.getMessage(), e);
        }
    }
}
