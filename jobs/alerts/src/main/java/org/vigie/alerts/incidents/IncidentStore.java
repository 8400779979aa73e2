package org.vigie.alerts.incidents;

import java.util.List;

/**
 * The incidents and suppressions of one zone. In Flink, keyed state scoped to the current zone; in tests, maps.
 * Methods throw what the state backend throws.
 */
public interface IncidentStore {

    Incident get(String incidentId) throws Exception;

    void put(Incident incident) throws Exception;

    void remove(String incidentId) throws Exception;

    /** Every incident held, open or closed, in no particular order. */
    List<Incident> all() throws Exception;

    Suppression suppression(String ruleId) throws Exception;

    void put(Suppression suppression) throws Exception;

    void removeSuppression(String ruleId) throws Exception;

    List<Suppression> suppressions() throws Exception;
}
