package org.vigie.correlate;

import com.espertech.esper.common.client.EPCompiled;
import com.espertech.esper.common.client.configuration.Configuration;
import com.espertech.esper.common.client.util.EventUnderlyingType;
import com.espertech.esper.compiler.client.CompilerArguments;
import com.espertech.esper.compiler.client.EPCompileException;
import com.espertech.esper.compiler.client.EPCompilerProvider;
import java.util.StringJoiner;

/**
 * The EPL module every rule compiles against and every runtime deploys first: the four Vigie event types (from
 * {@link EventSchemas}) and the {@value #BY_ZONE} keyed context over all of them.
 *
 * <p>Compiling costs over a second cold, so the module is compiled once per JVM, lazily, and the {@link EPCompiled}
 * reused: as the path of every rule compile and as the first deployment of every {@link CorrelationEngine}.
 */
public final class TypesModule {

    /** The context rules name with {@code context ByZone}: one partition per zone, across all four event types. */
    public static final String BY_ZONE = "ByZone";

    private TypesModule() {
    }

    /** A fresh Esper configuration for compiling rules and for runtimes (the two must agree). */
    public static Configuration configuration() {
        Configuration config = new Configuration();
        // Time is event time, moved only by advanceTime: the wall clock must never reach a rule.
        config.getRuntime().getThreading().setInternalTimerEnabled(false);
        config.getCommon().getEventMeta().setDefaultEventRepresentation(EventUnderlyingType.OBJECTARRAY);
        // Rules are data from outside: no Java classes written in EPL, no scripts, no subscriber objects.
        config.getCompiler().getByteCode().setAllowInlinedClass(false);
        config.getCompiler().getByteCode().setAllowSubscriber(false);
        config.getCompiler().getScripts().setEnabled(false);
        return config;
    }

    /** The module's EPL text: one {@code create schema} per event type, then the context. */
    public static String epl() {
        StringBuilder epl = new StringBuilder();
        StringJoiner partitions = new StringJoiner(", ");
        for (EventSchema<?> schema : EventSchemas.all()) {
            epl.append(schema.schemaEpl()).append(";\n");
            partitions.add("zone from " + schema.eplName());
        }
        epl.append("@public create context ").append(BY_ZONE).append(" partition by ").append(partitions).append(";\n");
        return epl.toString();
    }

    /** The compiled module, compiled on first use and shared by every compiler and runtime in this JVM. */
    public static EPCompiled compiled() {
        return Holder.COMPILED;
    }

    private static final class Holder {
        static final EPCompiled COMPILED = compile();

        private static EPCompiled compile() {
            try {
                return EPCompilerProvider.getCompiler().compile(epl(), new CompilerArguments(configuration()));
            } catch (EPCompileException e) {
                throw new IllegalStateException("Vigie's own event types do not compile: " + e.getMessage(), e);
            }
        }
    }
}
