package org.vigie.bench.perf;

import org.junit.jupiter.api.Test;
import org.vigie.rules.CompiledPack;
import org.vigie.rules.RuleCompiler;
import org.vigie.rules.RulePackLoader;
import org.vigie.zones.ZoneMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleTemplatesTest {

    private static final ZoneMap ZONES = ZoneMap.sample();

    @Test
    void generatedLookoutsAreValidVigieRulesWithAndWithoutTheZoneContext() {
        try (RuleCompiler compiler = new RuleCompiler()) {
            for (boolean byZone : new boolean[] {true, false}) {
                CompiledPack pack = compiler.compile(RulePackLoader.fromText("lookouts.epl",
                        RuleTemplates.lookouts(ZONES, 3, byZone)));
                assertTrue(pack.ok(), pack.problems()::toString);
                assertEquals(3, pack.rules().size());
            }
        }
    }

    @Test
    void aSmallerSetIsThePrefixOfALargerOneAndTheTemplateHoldsTwoThousand() {
        assertTrue(RuleTemplates.lookouts(ZONES, 200, true).startsWith(RuleTemplates.lookouts(ZONES, 20, true)));
        assertTrue(RuleTemplates.capacity(ZONES) >= 2_000, "capacity " + RuleTemplates.capacity(ZONES));
        // Compiled in parts on several threads, the parts make the same set.
        assertEquals(RuleTemplates.lookouts(ZONES, 200, true),
                RuleTemplates.lookouts(ZONES, 0, 120, true) + RuleTemplates.lookouts(ZONES, 120, 200, true));
    }
}
