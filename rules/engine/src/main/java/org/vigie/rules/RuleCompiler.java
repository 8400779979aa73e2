package org.vigie.rules;

import com.espertech.esper.common.client.EPCompiled;
import com.espertech.esper.common.client.configuration.Configuration;
import com.espertech.esper.compiler.client.CompilerArguments;
import com.espertech.esper.compiler.client.EPCompileException;
import com.espertech.esper.compiler.client.EPCompiler;
import com.espertech.esper.compiler.client.EPCompilerProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.correlate.CompiledRule;
import org.vigie.correlate.CorrelationEngine;
import org.vigie.correlate.RuleDeployException;
import org.vigie.correlate.TypesModule;

/**
 * Compiles rules against the Vigie event types, once, centrally, so that only rules that passed every check reach a
 * runtime: {@link RuleGuard}'s checks, Esper's compiler (its message, with the absolute line in the rule's file), and
 * a trial deployment that proves each match can be explained by its events.
 *
 * <p>Holds a small validation engine for the trial deployments: close the compiler when done.
 */
public final class RuleCompiler implements AutoCloseable {

    /** One rule's outcome: the compiled rule, or why there is none. */
    public record Result(CompiledRule compiled, List<RuleProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return compiled != null;
        }
    }

    private final EPCompiler compiler = EPCompilerProvider.getCompiler();
    private final Configuration configuration = TypesModule.configuration();
    private CorrelationEngine validation;

    /** Compiles one rule. */
    public Result compile(Rule rule) {
        List<RuleProblem> problems = new ArrayList<>();
        EplStatement statement;
        try {
            statement = EplStatement.parse(rule.sourceFile(), rule.line(), rule.epl());
        } catch (EplLexer.LexException e) {
            return new Result(null, List.of(new RuleProblem(rule.sourceFile(), rule.line() + e.line - 1,
                    e.getMessage())));
        }
        // Rules built in code (not read from a file) get the checks the reader applies to annotations, too.
        if (!RuleReader.RULE_ID.matcher(rule.id()).matches() || rule.version() <= 0
                || !RuleReader.ZONE_PARTITION.equals(rule.partition())) {
            problems.add(new RuleProblem(rule.sourceFile(), rule.line(), "rule '" + rule.id() + "' needs an id of"
                    + " lower-case letters, digits, '.', '_' or '-', a positive version and partition 'zone'"));
        }
        problems.addAll(RuleGuard.check(statement));
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        EPCompiled compiled;
        try {
            CompilerArguments arguments = new CompilerArguments(configuration);
            arguments.getPath().add(TypesModule.compiled());
            compiled = compiler.compile(rule.epl(), arguments);
        } catch (EPCompileException e) {
            return new Result(null, CompileProblems.of(rule, statement, e));
        }
        CompiledRule candidate = new CompiledRule(rule.id(), rule.version(), rule.severity(), rule.description(),
                Horizons.of(statement.tokens()), rule.location(), compiled);
        try {
            validationEngine().deploy(candidate);
            validationEngine().undeploy(rule.id());
        } catch (RuleDeployException e) {
            return new Result(null, List.of(new RuleProblem(rule.sourceFile(), rule.line(), e.getMessage())));
        }
        return new Result(candidate, List.of());
    }

    /** Compiles every rule of {@code pack}; a rule whose id was already seen in the pack is refused. */
    public CompiledPack compile(RulePack pack) {
        List<CompiledRule> compiled = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>(pack.problems());
        Map<String, Rule> seen = new HashMap<>();
        for (Rule rule : pack.rules()) {
            Rule first = seen.putIfAbsent(rule.id(), rule);
            if (first != null) {
                problems.add(new RuleProblem(rule.sourceFile(), rule.line(), "duplicate rule id '" + rule.id()
                        + "' (first defined at " + first.location() + ")"));
                continue;
            }
            Result result = compile(rule);
            if (result.ok()) {
                compiled.add(result.compiled());
            }
            problems.addAll(result.problems());
        }
        return new CompiledPack(pack.name(), compiled, problems);
    }

    @Override
    public void close() {
        if (validation != null) {
            validation.close();
            validation = null;
        }
    }

    private CorrelationEngine validationEngine() {
        if (validation == null) {
            validation = new CorrelationEngine();
        }
        return validation;
    }
}
