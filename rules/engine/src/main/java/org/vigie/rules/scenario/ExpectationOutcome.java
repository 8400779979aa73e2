package org.vigie.rules.scenario;

import java.util.List;
import org.vigie.events.Alert;

/** One expectation checked: how many alerts matched it, and which. */
public record ExpectationOutcome(Expectation expected, List<Alert> matching) {

    public ExpectationOutcome {
        matching = List.copyOf(matching);
    }

    public int actual() {
        return matching.size();
    }

    public boolean ok() {
        return actual() == expected.count();
    }
}
