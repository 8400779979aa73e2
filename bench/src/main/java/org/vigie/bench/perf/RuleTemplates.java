package org.vigie.bench.perf;

import org.vigie.zones.Zone;
import org.vigie.zones.ZoneMap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Lookout rules generated from a template over zones and vehicle attributes (type, make, colour), the way a
 * control room would deploy hundreds of "look out for a white Renault van in the port" rules: one EPL rule each,
 * with Vigie's annotations, valid for Vigie's checks.
 *
 * <p>Every (zone, type, make, colour) the simulator produces is a candidate, shuffled with a fixed seed; the first
 * N are taken, so the 20-rule set is part of the 200-rule set, itself part of the 2,000-rule set. A lookout also
 * asks for a speed above 54 km/h (1.5 % of the simulator's moving vehicles) so that 2,000 lookouts still raise few
 * alerts: what grows with N is the rules, not the output.
 */
final class RuleTemplates {

    /** Vehicle types and the makes the simulator gives them. */
    private static final String[][] MAKES = {
        {"CAR", "Renault", "Peugeot", "Citroen", "Volkswagen", "Toyota", "Dacia", "Tesla", "Fiat"},
        {"VAN", "Renault", "Peugeot", "Citroen", "Ford", "Mercedes-Benz", "Volkswagen"},
        {"TRUCK", "Renault Trucks", "Iveco", "Mercedes-Benz", "Volvo"},
        {"BUS", "Heuliez", "Iveco", "Mercedes-Benz"},
        {"MOTORCYCLE", "Yamaha", "Honda", "Piaggio"}};
    private static final String[] COLOURS = {"white", "black", "grey", "silver", "blue", "red", "green", "yellow"};
    private static final long SEED = 20_26L;

    private RuleTemplates() {
    }

    /** How many distinct lookouts the template can make for {@code zones}. */
    static int capacity(ZoneMap zones) {
        return candidates(zones).size();
    }

    /**
     * The text of a pack file with the first {@code n} lookouts.
     *
     * @param byZone whether each rule runs in the {@code ByZone} context, as rule authors are told to write rules;
     *               without it a rule is one statement whose filter names its zone
     */
    static String lookouts(ZoneMap zones, int n, boolean byZone) {
        return lookouts(zones, 0, n, byZone);
    }

    /** The lookouts numbered {@code from + 1} to {@code to} of the same sequence, to compile a set in parts. */
    static String lookouts(ZoneMap zones, int from, int to, boolean byZone) {
        List<String[]> all = candidates(zones);
        if (to > all.size()) {
            throw new IllegalArgumentException("the template makes at most " + all.size() + " lookouts, asked " + to);
        }
        StringBuilder epl = new StringBuilder();
        for (int i = from; i < to; i++) {
            epl.append(rule(i + 1, all.get(i), byZone));
        }
        return epl.toString();
    }

    /** One rule: {zone, type, make, colour}. */
    static String rule(int number, String[] c, boolean byZone) {
        return "@Name('lookout-" + String.format("%04d", number) + "')\n"
                + "@Description('Lookout: " + c[3] + " " + c[2] + " " + c[1] + " in zone " + c[0]
                + " above 54 km/h')\n"
                + "@Tag(name='severity', value='MEDIUM')\n@Tag(name='version', value='1')\n"
                + "@Tag(name='owner', value='bench')\n"
                + (byZone ? "context ByZone\n" : "")
                + "select * from CameraDetection(zone='" + c[0] + "', objectClass='VEHICLE', vehicleType='" + c[1]
                + "',\n    vehicleBrand='" + c[2] + "', vehicleColor='" + c[3] + "', speedKmh > 54);\n";
    }

    private static List<String[]> candidates(ZoneMap zones) {
        List<String[]> all = new ArrayList<>();
        for (Zone z : zones.zones()) {
            for (String[] type : MAKES) {
                for (int m = 1; m < type.length; m++) {
                    for (String colour : COLOURS) {
                        all.add(new String[] {z.id(), type[0], type[m], colour});
                    }
                }
            }
        }
        Collections.shuffle(all, new Random(SEED));
        return all;
    }
}
