package org.vigie.rules.scenario;

import java.time.Instant;
import java.util.List;

/**
 * One scenario of a {@code .scenarios.yaml} file: events given at offsets from {@code start}, and the alerts expected
 * (or expected never to appear) once they have all been seen and the rules' horizon has passed.
 *
 * @param file       the scenario file, relative to its pack
 * @param expectNone ids of rules that must raise no alert at all in this scenario
 */
public record Scenario(
        String name,
        String file,
        Instant start,
        List<GivenEvent> given,
        List<Expectation> expect,
        List<String> expectNone) {

    public Scenario {
        given = List.copyOf(given);
        expect = List.copyOf(expect);
        expectNone = List.copyOf(expectNone);
    }
}
