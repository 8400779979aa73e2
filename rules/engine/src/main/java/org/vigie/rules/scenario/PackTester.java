package org.vigie.rules.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigie.rules.CompiledPack;
import org.vigie.rules.PackFile;
import org.vigie.rules.PackFiles;
import org.vigie.rules.RuleCompiler;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePackLoader;

/**
 * Tests a rule pack the way the build and {@code vigie rules test} do: load its rules, compile them once, read every
 * {@code *.scenarios.yaml} beside them and run each scenario.
 */
public final class PackTester {

    private PackTester() {
    }

    public static PackReport testDirectory(Path dir) {
        return test(dir.getFileName().toString(), PackFiles.fromDirectory(dir));
    }

    public static PackReport testClasspath(String pack) {
        return test(pack, PackFiles.fromClasspath(PackTester.class.getClassLoader(), pack));
    }

    public static PackReport test(String name, List<PackFile> files) {
        RulePack pack = RulePackLoader.fromFiles(name, files);
        CompiledPack compiled;
        try (RuleCompiler compiler = new RuleCompiler()) {
            compiled = compiler.compile(pack);
        }
        List<String> scenarioErrors = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        for (PackFile file : files) {
            if (file.name().endsWith(ScenarioParser.SUFFIX)) {
                try {
                    scenarios.addAll(ScenarioParser.parse(file.name(), file.text()));
                } catch (ScenarioFormatException e) {
                    scenarioErrors.add(e.getMessage());
                }
            }
        }
        List<ScenarioResult> results = new ScenarioRunner(compiled.rules()).runAll(scenarios);
        return new PackReport(name, pack.rules().size(), compiled.problems(), scenarioErrors, results);
    }
}
