package org.vigie.alerts.incidents;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.vigie.alerts.feedback.AuditRecord;
import org.vigie.alerts.feedback.DecidedIncident;
import org.vigie.alerts.feedback.OperatorFeedback;

/** Flink type information for the alert stage's records: pass these, never {@code TypeInformation.of}, to Flink. */
public final class IncidentTypes {

    public static final TypeInformation<Incident> INCIDENT = new JsonRecordTypeInfo<>(Incident.class);
    public static final TypeInformation<IncidentChange> CHANGE = new JsonRecordTypeInfo<>(IncidentChange.class);
    public static final TypeInformation<Suppression> SUPPRESSION = new JsonRecordTypeInfo<>(Suppression.class);
    public static final TypeInformation<OperatorFeedback> FEEDBACK = new JsonRecordTypeInfo<>(OperatorFeedback.class);
    public static final TypeInformation<AuditRecord> AUDIT = new JsonRecordTypeInfo<>(AuditRecord.class);
    public static final TypeInformation<DecidedIncident> DECIDED = new JsonRecordTypeInfo<>(DecidedIncident.class);

    private IncidentTypes() {
    }
}
