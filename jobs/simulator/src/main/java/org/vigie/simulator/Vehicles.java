package org.vigie.simulator;

import org.vigie.events.CameraDetection.VehicleType;

import java.util.SplittableRandom;

/** What passes in front of a camera: vehicle types with plausible brands and models, colours, plates. */
final class Vehicles {

    private static final String[][] CARS = {
        {"Renault", "Clio"}, {"Peugeot", "208"}, {"Citroen", "C3"}, {"Volkswagen", "Golf"}, {"Toyota", "Yaris"},
        {"Dacia", "Sandero"}, {"Renault", "Megane"}, {"Peugeot", "3008"}, {"Tesla", "Model 3"}, {"Fiat", "500"}
    };
    private static final String[][] VANS = {
        {"Renault", "Kangoo"}, {"Renault", "Master"}, {"Peugeot", "Partner"}, {"Peugeot", "Boxer"},
        {"Citroen", "Jumper"}, {"Ford", "Transit"}, {"Mercedes-Benz", "Sprinter"}, {"Volkswagen", "Crafter"}
    };
    private static final String[][] TRUCKS = {
        {"Renault Trucks", "D"}, {"Iveco", "Eurocargo"}, {"Mercedes-Benz", "Atego"}, {"Volvo", "FL"}
    };
    private static final String[][] BUSES = {{"Heuliez", "GX 337"}, {"Iveco", "Urbanway"}, {"Mercedes-Benz", "Citaro"}};
    private static final String[][] MOTORCYCLES = {{"Yamaha", "MT-07"}, {"Honda", "CB500F"}, {"Piaggio", "MP3"}};
    private static final String[] COLOURS = {"white", "white", "black", "grey", "grey", "silver", "blue", "red",
        "green", "yellow"};
    /** French SIV plates use no I, O or U. */
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTVWXYZ";

    private Vehicles() {
    }

    /** Traffic mix of moving vehicles. */
    static VehicleType movingType(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        if (u < 0.74) {
            return VehicleType.CAR;
        }
        if (u < 0.86) {
            return VehicleType.VAN;
        }
        if (u < 0.91) {
            return VehicleType.TRUCK;
        }
        return u < 0.95 ? VehicleType.BUS : VehicleType.MOTORCYCLE;
    }

    /** Who stops briefly at the kerb: cars dropping someone off, delivery vans, a few lorries. */
    static VehicleType idleType(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        return u < 0.5 ? VehicleType.CAR : u < 0.85 ? VehicleType.VAN : VehicleType.TRUCK;
    }

    /** {brand, model} for a vehicle type. */
    static String[] brandModel(VehicleType type, SplittableRandom rnd) {
        String[][] table = switch (type) {
            case VAN -> VANS;
            case TRUCK -> TRUCKS;
            case BUS -> BUSES;
            case MOTORCYCLE -> MOTORCYCLES;
            case CAR, BICYCLE -> CARS;
        };
        return table[rnd.nextInt(table.length)];
    }

    static String colour(SplittableRandom rnd) {
        return COLOURS[rnd.nextInt(COLOURS.length)];
    }

    /**
     * A plate of a city with {@code fleet} vehicles, in French SIV form ("AB-123-CD"). Drawing from a fixed fleet
     * makes plates recur across cameras, as real vehicles do.
     */
    static String plate(SplittableRandom rnd, int fleet) {
        long h = mix(rnd.nextInt(fleet));
        int n = LETTERS.length();
        StringBuilder b = new StringBuilder(9);
        b.append(LETTERS.charAt((int) Long.remainderUnsigned(h, n)));
        b.append(LETTERS.charAt((int) Long.remainderUnsigned(h >>> 8, n)));
        b.append('-');
        b.append(String.format("%03d", 1 + Long.remainderUnsigned(h >>> 16, 999)));
        b.append('-');
        b.append(LETTERS.charAt((int) Long.remainderUnsigned(h >>> 32, n)));
        b.append(LETTERS.charAt((int) Long.remainderUnsigned(h >>> 40, n)));
        return b.toString();
    }

    /** SplitMix64 finaliser: spreads consecutive fleet indexes over the plate space. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
