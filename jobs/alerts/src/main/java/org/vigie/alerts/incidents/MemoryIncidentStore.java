package org.vigie.alerts.incidents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An {@link IncidentStore} in maps: one zone's state for tests and for running the tracker outside Flink. */
public final class MemoryIncidentStore implements IncidentStore {

    private final Map<String, Incident> incidents = new HashMap<>();
    private final Map<String, Suppression> suppressions = new HashMap<>();

    @Override
    public Incident get(String incidentId) {
        return incidents.get(incidentId);
    }

    @Override
    public void put(Incident incident) {
        incidents.put(incident.id(), incident);
    }

    @Override
    public void remove(String incidentId) {
        incidents.remove(incidentId);
    }

    @Override
    public List<Incident> all() {
        return new ArrayList<>(incidents.values());
    }

    @Override
    public Suppression suppression(String ruleId) {
        return suppressions.get(ruleId);
    }

    @Override
    public void put(Suppression suppression) {
        suppressions.put(suppression.ruleId(), suppression);
    }

    @Override
    public void removeSuppression(String ruleId) {
        suppressions.remove(ruleId);
    }

    @Override
    public List<Suppression> suppressions() {
        return new ArrayList<>(suppressions.values());
    }
}
