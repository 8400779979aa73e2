package org.vigie.job;

import org.vigie.alerts.cap.CapMapper;
import org.vigie.alerts.cap.CapProfile;
import org.vigie.alerts.incidents.IncidentPolicy;
import org.vigie.alerts.priority.PriorityPolicy;
import org.vigie.alerts.priority.ZoneWeights;
import org.vigie.job.config.VigieConfig;
import org.vigie.zones.ZoneMap;

import java.util.Map;

/** The alert-side policies (priority, incidents, CAP) built from the job's configuration. */
record AlertPolicies(PriorityPolicy priority, IncidentPolicy incidents, CapMapper cap) {

    static AlertPolicies of(VigieConfig config, ZoneMap zones) {
        VigieConfig.Incidents i = config.incidents();
        return new AlertPolicies(
                PriorityPolicy.defaults().withZones(ZoneWeights.of(zones, Map.of())),
                IncidentPolicy.defaults().withTimes(i.joinGap(), i.quietPeriod(), i.realertCooldown()),
                new CapMapper(CapProfile.defaults(zones).withStatus(i.capStatus())
                        .withSender(i.capSender(), "Vigie")));
    }
}
