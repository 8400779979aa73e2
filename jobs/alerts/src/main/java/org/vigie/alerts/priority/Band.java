package org.vigie.alerts.priority;

/** Priority bands, P1 (act now) to P4 (informational), as the control room's desks subscribe to them. */
public enum Band {
    P1(1), P2(2), P3(3), P4(4);

    private final int number;

    Band(int number) {
        this.number = number;
    }

    /** 1 for P1 .. 4 for P4, the scale of {@link org.vigie.events.Alert#priority()}. */
    public int number() {
        return number;
    }

    public boolean moreUrgentThan(Band other) {
        return number < other.number;
    }

    public static Band ofNumber(int number) {
        for (Band b : values()) {
            if (b.number == number) {
                return b;
            }
        }
        throw new IllegalArgumentException("no priority band " + number + ": expected 1..4");
    }
}
