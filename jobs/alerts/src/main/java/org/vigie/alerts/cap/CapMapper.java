package org.vigie.alerts.cap;

import org.vigie.alerts.incidents.Incident;
import org.vigie.alerts.incidents.IncidentChange;
import org.vigie.alerts.incidents.RuleHit;
import org.vigie.alerts.priority.Reason;
import org.vigie.events.EventRef;
import org.vigie.zones.Zone;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps an {@link IncidentChange} to a CAP 1.2 alert. Message {@code identifier}s are
 * {@code urn:vigie:<incident id>:<sequence>}, stable per change, so a replayed change is the same message and
 * consumers deduplicate on it; {@code references} lists every earlier message of the incident; {@code incidents}
 * is the incident id. Immutable and serializable.
 */
public final class CapMapper implements Serializable {

    private static final long serialVersionUID = 1L;

    /** CAP recommends headlines of about 160 characters (some displays cut there). */
    static final int HEADLINE_MAX = 160;

    private final CapProfile profile;

    public CapMapper(CapProfile profile) {
        this.profile = profile;
    }

    public static String identifier(String incidentId, int sequence) {
        return "urn:vigie:" + incidentId + ":" + sequence;
    }

    public CapAlert map(IncidentChange change) {
        Incident inc = change.incident();
        StringBuilder references = new StringBuilder();
        for (int seq = 1; seq < change.sequence(); seq++) {
            if (!references.isEmpty()) {
                references.append(' ');
            }
            references.append(profile.sender()).append(',').append(identifier(inc.id(), seq)).append(',')
                    .append(CapTimes.format(inc.messageTimes().get(seq - 1)));
        }
        boolean restricted = "Restricted".equals(profile.scope());
        return new CapAlert(identifier(inc.id(), change.sequence()), profile.sender(),
                CapTimes.format(change.time()), profile.status(), CapTerms.msgType(change), null, profile.scope(),
                restricted ? profile.restriction() : null, restricted ? null : String.join(" ", profile.addresses()),
                List.of(), inc.note().isEmpty() ? null : inc.note(),
                references.isEmpty() ? null : references.toString(), inc.id(), List.of(info(change)));
    }

    private CapInfo info(IncidentChange change) {
        Incident inc = change.incident();
        String category = profile.categoryByClass().getOrDefault(inc.incidentClass(), profile.defaultCategory());
        String event = profile.eventByClass().getOrDefault(inc.incidentClass(), humanise(inc.incidentClass()));
        Optional<Zone> zone = profile.zones() == null ? Optional.empty()
                : profile.zones().zone(inc.zone());
        String place = zone.map(Zone::name).orElse(inc.zone());
        return new CapInfo(profile.language(), List.of(category), event, CapTerms.responseType(inc),
                CapTerms.urgency(inc), CapTerms.severity(inc.priority().band()), CapTerms.certainty(inc),
                CapTimes.format(inc.firstTime()), inc.isOpen() ? CapTimes.format(inc.dueAt()) : null,
                profile.senderName(), headline(inc, event, place), change.explanation(),
                inc.isOpen() ? profile.instruction() : null, parameters(inc),
                List.of(CapAreas.of(inc.zone(), zone, profile.shape())));
    }

    static String headline(Incident inc, String event, String place) {
        String state = inc.isOpen() ? "" : switch (inc.closure()) {
            case DISMISSED -> "Cancelled: ";
            case QUIET -> "Over: ";
            case SUPERSEDED -> "Superseded: ";
        };
        String text = String.format(Locale.ROOT, "%s%s %s in %s: %d alert(s), %d event(s)", state,
                inc.priority().band(), event, place, inc.alertCount(), inc.contributing().size());
        return text.length() <= HEADLINE_MAX ? text : text.substring(0, HEADLINE_MAX - 1) + "\u2026";
    }

    /** vigie:* parameters; repeated names (ruleId, contributing, reason) keep their order. */
    private static List<CapValue> parameters(Incident inc) {
        List<CapValue> p = new ArrayList<>();
        p.add(new CapValue("vigie:priority", inc.priority().band().name()));
        p.add(new CapValue("vigie:score", String.format(Locale.ROOT, "%.2f", inc.priority().score())));
        p.add(new CapValue("vigie:incidentClass", inc.incidentClass()));
        p.add(new CapValue("vigie:status", inc.isOpen() ? "open" : "closed"));
        if (!inc.isOpen()) {
            p.add(new CapValue("vigie:closure", inc.closure().name()));
        }
        p.add(new CapValue("vigie:sequence", Integer.toString(inc.sequence())));
        p.add(new CapValue("vigie:alertCount", Integer.toString(inc.alertCount())));
        for (RuleHit hit : inc.rules()) {
            p.add(new CapValue("vigie:ruleId", hit.ruleId()));
            p.add(new CapValue("vigie:ruleVersion", hit.ruleId() + "@" + hit.ruleVersion()));
        }
        p.add(new CapValue("vigie:alertIds", String.join(" ", inc.alertIds())));
        for (EventRef e : inc.contributing()) {
            p.add(new CapValue("vigie:contributing", e.id() + " " + e.kind() + " " + e.sourceId() + " "
                    + CapTimes.format(e.eventTime())));
        }
        for (Reason r : inc.priority().reasons()) {
            p.add(new CapValue("vigie:reason", r.text()));
        }
        return p;
    }

    private static String humanise(String incidentClass) {
        String words = incidentClass.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
