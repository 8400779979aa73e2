package org.vigie.simulator;

import org.vigie.events.CitizenReport.ServiceCode;
import org.vigie.events.SourceKind;
import org.vigie.zones.Zone;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** The call-centre's ordinary day: reports of every kind, from anywhere, more from heavier-weighted zones. */
final class ReportNoise {

    private static final ServiceCode[] CODES = {
        ServiceCode.NOISE, ServiceCode.OTHER, ServiceCode.ABANDONED_OBJECT, ServiceCode.STOPPED_VEHICLE,
        ServiceCode.FIGHT, ServiceCode.CROWD, ServiceCode.WRONG_WAY_DRIVER, ServiceCode.ILLEGAL_DUMPING,
        ServiceCode.ROAD_ACCIDENT
    };
    private static final double[] CODE_WEIGHTS = {28, 20, 8, 10, 5, 5, 4, 12, 8};

    private final SimContext ctx;
    private final List<Device> desks;
    private final List<Zone> zones;
    private final double[] zoneCumulative;
    private final double[] codeCumulative = cumulative(CODE_WEIGHTS);

    ReportNoise(SimContext ctx) {
        this.ctx = ctx;
        this.desks = ctx.layout().devices(SourceKind.CITIZEN_REPORT);
        this.zones = ctx.config().zoneMap().zones();
        this.zoneCumulative = cumulative(zones.stream().mapToDouble(z -> Math.max(0, z.weight())).toArray());
    }

    Source source(SplittableRandom rnd) {
        CityConfig c = ctx.config();
        return new PoissonSource(rnd, desks.size() * c.noise().reportsPerDeskPerHour(), c.startMillis(),
                c.endMillis(), this::report);
    }

    private void report(long t, SplittableRandom rnd) {
        Device desk = desks.get(rnd.nextInt(desks.size()));
        Zone zone = zones.get(draw(zoneCumulative, rnd));
        ServiceCode code = CODES[draw(codeCumulative, rnd)];
        double[] where = Placement.pointIn(zone, ctx.config().zoneMap(), rnd);
        if (ctx.guard().allowReport(zone.id(), code, t)) {
            ctx.emit(Events.report(ctx.ids().next(SourceKind.CITIZEN_REPORT), desk, t, where, code, text(code)),
                    null);
        }
    }

    static String text(ServiceCode code) {
        return switch (code) {
            case NOISE -> "Loud music late at night";
            case OTHER -> "Street light out";
            case ABANDONED_OBJECT -> "Bag left at the bus stop";
            case STOPPED_VEHICLE -> "Car parked on the cycle lane";
            case FIGHT -> "Shouting outside a bar";
            case CROWD -> "Crowd gathering on the square";
            case WRONG_WAY_DRIVER -> "Car going the wrong way";
            case ILLEGAL_DUMPING -> "Mattress left next to the bins";
            case ROAD_ACCIDENT -> "Minor collision between two cars";
        };
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        if (sum <= 0) {
            Arrays.setAll(c, i -> i + 1);
        }
        return c;
    }

    private static int draw(double[] cumulative, SplittableRandom rnd) {
        double u = rnd.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }
}
