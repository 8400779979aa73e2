package org.vigie.alerts.incidents;

import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;

import java.util.ArrayList;
import java.util.List;

/**
 * The incident operators' keyed state, scoped by Flink to the current zone, declared once for both functions so a
 * job can move from {@link IncidentFunction} to {@link IncidentFeedbackFunction} under the same uid and keep it.
 */
final class IncidentState implements IncidentStore {

    /** Incident id to incident, open and recently closed. */
    static final String INCIDENTS = "incidents";
    /** Rule id to the mute on it. */
    static final String SUPPRESSIONS = "suppressions";

    private final MapState<String, Incident> incidents;
    private final MapState<String, Suppression> suppressions;

    IncidentState(RuntimeContext context) {
        incidents = context.getMapState(new MapStateDescriptor<>(INCIDENTS, Types.STRING, IncidentTypes.INCIDENT));
        suppressions = context.getMapState(
                new MapStateDescriptor<>(SUPPRESSIONS, Types.STRING, IncidentTypes.SUPPRESSION));
    }

    @Override
    public Incident get(String incidentId) throws Exception {
        return incidents.get(incidentId);
    }

    @Override
    public void put(Incident incident) throws Exception {
        incidents.put(incident.id(), incident);
    }

    @Override
    public void remove(String incidentId) throws Exception {
        incidents.remove(incidentId);
    }

    @Override
    public List<Incident> all() throws Exception {
        List<Incident> out = new ArrayList<>();
        incidents.values().forEach(out::add);
        return out;
    }

    @Override
    public Suppression suppression(String ruleId) throws Exception {
        return suppressions.get(ruleId);
    }

    @Override
    public void put(Suppression suppression) throws Exception {
        suppressions.put(suppression.ruleId(), suppression);
    }

    @Override
    public void removeSuppression(String ruleId) throws Exception {
        suppressions.remove(ruleId);
    }

    @Override
    public List<Suppression> suppressions() throws Exception {
        List<Suppression> out = new ArrayList<>();
        suppressions.values().forEach(out::add);
        return out;
    }
}
