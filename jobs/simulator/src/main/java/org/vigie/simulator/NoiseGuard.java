package org.vigie.simulator;

import org.vigie.events.CitizenReport.ServiceCode;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Keeps background noise from ever forming an incident signature, so the starter rules fire on injected incidents
 * only, each with its own events. Every rule window gets a 5-minute margin:
 * <ul>
 *   <li>(a) dumping evidence of 2+ source kinds in a zone within 10 min: noise idle vehicles, deposits and
 *       illegal-dumping reports of different kinds are 15 min apart in a zone, and none comes within 15 min of a
 *       dumping incident in its zone;</li>
 *   <li>(b) stopped vehicle then flow below 15 km/h on a segment within 2 min: noise flow never drops below 30 km/h,
 *       and no noise stopped vehicle comes within 5 min of a road incident in its zone;</li>
 *   <li>(c) 3+ reports of one service code in a zone within 15 min: noise reports of one code are 20 min apart in a
 *       zone, and no noise report of a code an incident reports (road accident for a road incident) comes within
 *       20 min of it in its zone.</li>
 * </ul>
 * Nothing else is kept away: the false triggers ({@link FalseTriggers}) and the other incidents' kinds of signal come
 * when they come, so rules beyond the starter pack meet them as they would in a city.
 * Decisions are taken in event-time order, so only the past needs remembering; incidents are planned up front.
 */
final class NoiseGuard {

    static final long DUMPING_SEPARATION_MS = 15 * 60_000L;
    static final long SAME_REPORT_SEPARATION_MS = 20 * 60_000L;
    static final long STOPPED_QUIET_MS = 5 * 60_000L;

    /** The three kinds of dumping evidence, one per source kind. */
    enum Dumping { IDLE_VEHICLE, DEPOSIT, REPORT }

    private static final long NEVER = Long.MIN_VALUE / 4;

    private final Map<String, long[]> lastDumping = new HashMap<>();
    private final Map<String, long[]> lastReport = new HashMap<>();
    private final Quiet dumpingQuiet = new Quiet();
    private final Map<ServiceCode, Quiet> reportQuiet = new EnumMap<>(ServiceCode.class);
    private final Quiet stoppedQuiet = new Quiet();

    NoiseGuard(List<PlannedIncident> incidents) {
        for (PlannedIncident i : incidents) {
            if (i.type() == GroundTruth.Type.ILLEGAL_DUMPING) {
                dumpingQuiet.add(i.zone(), i.start() - DUMPING_SEPARATION_MS, i.end() + DUMPING_SEPARATION_MS);
            }
            for (ServiceCode code : i.reportCodes()) {
                reportQuiet.computeIfAbsent(code, c -> new Quiet()).add(i.zone(),
                        i.start() - SAME_REPORT_SEPARATION_MS, i.end() + SAME_REPORT_SEPARATION_MS);
            }
            if (i.type() == GroundTruth.Type.ROAD_INCIDENT) {
                stoppedQuiet.add(i.zone(), i.start() - STOPPED_QUIET_MS, i.end() + STOPPED_QUIET_MS);
            }
        }
    }

    /** Whether noise dumping evidence of {@code kind} may happen in {@code zone} at {@code t}; records it if so. */
    boolean allowDumping(String zone, Dumping kind, long t) {
        if (dumpingQuiet.covers(zone, t)) {
            return false;
        }
        long[] last = lastDumping.computeIfAbsent(zone, z -> fresh(Dumping.values().length));
        for (Dumping other : Dumping.values()) {
            if (other != kind && t - last[other.ordinal()] < DUMPING_SEPARATION_MS) {
                return false;
            }
        }
        last[kind.ordinal()] = t;
        return true;
    }

    /** Whether a noise report of {@code code} may happen in {@code zone} at {@code t}; records it if so. */
    boolean allowReport(String zone, ServiceCode code, long t) {
        Quiet quiet = reportQuiet.get(code);
        if (quiet != null && quiet.covers(zone, t)) {
            return false;
        }
        long[] last = lastReport.computeIfAbsent(zone, z -> fresh(ServiceCode.values().length));
        if (t - last[code.ordinal()] < SAME_REPORT_SEPARATION_MS) {
            return false;
        }
        if (code == ServiceCode.ILLEGAL_DUMPING && !allowDumping(zone, Dumping.REPORT, t)) {
            return false;
        }
        last[code.ordinal()] = t;
        return true;
    }

    /** Whether a noise stopped vehicle may happen in {@code zone} at {@code t}. */
    boolean allowStoppedVehicle(String zone, long t) {
        return !stoppedQuiet.covers(zone, t);
    }

    private static long[] fresh(int n) {
        long[] a = new long[n];
        Arrays.fill(a, NEVER);
        return a;
    }

    /** Time intervals per zone, merged when they overlap so a floor lookup finds the one covering a time. */
    private static final class Quiet {

        private final Map<String, NavigableMap<Long, Long>> byZone = new HashMap<>();

        void add(String zone, long from, long to) {
            NavigableMap<Long, Long> intervals = byZone.computeIfAbsent(zone, z -> new TreeMap<>());
            Map.Entry<Long, Long> before = intervals.floorEntry(from);
            if (before != null && before.getValue() >= from) {
                from = before.getKey();
                to = Math.max(to, before.getValue());
            }
            Map.Entry<Long, Long> after;
            while ((after = intervals.ceilingEntry(from)) != null && after.getKey() <= to) {
                to = Math.max(to, after.getValue());
                intervals.remove(after.getKey());
            }
            intervals.put(from, to);
        }

        boolean covers(String zone, long t) {
            NavigableMap<Long, Long> intervals = byZone.get(zone);
            if (intervals == null) {
                return false;
            }
            Map.Entry<Long, Long> e = intervals.floorEntry(t);
            return e != null && t <= e.getValue();
        }
    }
}
