package org.vigie.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rules must give the same alerts when their events are replayed (recovery, rescale), and their state must stay
 * bounded: nothing may read the wall clock or the runtime's identity, nothing may remember "since the rule started"
 * (the {@code ...ever} aggregations, a subquery without a data window), and a data window that grows with the events
 * or keys seen ({@code #keepall}, {@code #unique}, {@code #groupwin}, ...) needs a time window in its chain. So does
 * a count window ({@code #length(n)}, {@code #lastevent}, ...): bounded in memory, but it can hold an event older than
 * the rule's horizon, and a replay after a failure rebuilds only the events inside the horizon. The chain must keep
 * an event only while every window does, so {@code @Hint('retain-union')} is refused.
 */
final class DeterminismCheck implements RuleCheck {

    /**
     * Windows whose size is bounded by time alone: the engine's clock (driven by event time), or the events' own
     * timestamps ({@code ext_timed}, {@code time_order}), which replay presents again unchanged.
     */
    static final Set<String> TIME_WINDOWS = Set.of("time", "time_batch", "time_length_batch", "ext_timed",
            "ext_timed_batch", "time_order");
    /**
     * Windows whose content grows with the events or keys seen, or lasts for ever, unless a time window bounds the
     * chain: {@code firsttime} keeps its first period for ever, {@code timetolive} as long as an expression says,
     * the statistics views ({@code uni}, {@code size}, ...) aggregate since the rule started.
     */
    static final Set<String> UNBOUNDED_WINDOWS = Set.of("keepall", "unique", "firstunique", "groupwin", "expr",
            "expr_batch", "time_accum", "firsttime", "timetolive", "uni", "size", "linest", "correl",
            "weighted_avg");
    /**
     * Windows bounded by a number of events, not by time: without a time window beside them they hold an event for
     * as long as no other comes, past the horizon a replay rebuilds.
     */
    static final Set<String> COUNT_WINDOWS = Set.of("length", "length_batch", "firstlength", "firstevent",
            "lastevent", "sort", "rank");
    /** Windows that take no parameters: a suggestion shows them without {@code (...)}. */
    private static final Set<String> WITHOUT_PARAMETERS = Set.of("keepall", "firstevent", "lastevent");
    static final Set<String> EVER_AGGREGATIONS = Set.of("firstever", "lastever", "countever", "maxever", "minever");
    /** Clauses that end a from clause. */
    private static final Set<String> AFTER_FROM = Set.of("where", "group", "having", "output", "order", "limit",
            "match_recognize", "for");

    @Override
    public void check(EplStatement statement, List<RuleProblem> problems) {
        List<EplToken> t = statement.tokens();
        // Windows and subqueries only mean something in a query; StatementShapeCheck refuses anything else.
        boolean query = statement.bodyFirst() != null
                && StatementShapeCheck.ALLOWED_STARTS.contains(statement.bodyFirst().lower());
        checkRetainUnion(statement, problems);
        for (int i = 0; i < t.size(); i++) {
            EplToken token = t.get(i);
            boolean call = i + 1 < t.size() && t.get(i + 1).isSymbol("(") && !(i > 0 && t.get(i - 1).isSymbol("."));
            if (token.isIdent("current_timestamp")) {
                problems.add(statement.problem(token, "current_timestamp reads the wall clock and would make replay"
                        + " non-deterministic: use the events' eventTime"));
            } else if (token.isIdent("current_evaluation_context")) {
                problems.add(statement.problem(token, "current_evaluation_context() names the runtime the rule runs"
                        + " in, which differs on every run: replay would not give the same alerts"));
            } else if (call && EVER_AGGREGATIONS.contains(token.lower())) {
                problems.add(statement.problem(token, token.text() + "(...) remembers every event since the rule"
                        + " started: replay would not give the same alerts (aggregate over a #time window)"));
            } else if (query && token.isSymbol("#")) {
                i = checkWindowChain(statement, t, i, problems) - 1;
            } else if (query && token.isSymbol("(") && i + 1 < t.size() && t.get(i + 1).isIdent("select")) {
                checkSubquery(statement, t, i + 2, close(t, i), problems);
            }
        }
    }

    /**
     * A chain {@code #a(...)#b(...)} starting at {@code i}: an unbounded or count window needs a time window beside
     * it. Returns the index after the chain.
     */
    private static int checkWindowChain(EplStatement statement, List<EplToken> t, int i,
                                        List<RuleProblem> problems) {
        int start = i;
        List<EplToken> views = new ArrayList<>();
        boolean timed = false;
        while (i + 1 < t.size() && t.get(i).isSymbol("#") && t.get(i + 1).kind() == EplToken.Kind.IDENT) {
            EplToken view = t.get(i + 1);
            views.add(view);
            timed |= TIME_WINDOWS.contains(view.lower());
            i += 2;
            if (i < t.size() && t.get(i).isSymbol("(")) {
                i = close(t, i) + 1;
            }
        }
        for (EplToken view : views) {
            if (timed) {
                break;
            }
            String chained = "#" + view.text() + (WITHOUT_PARAMETERS.contains(view.lower()) ? "" : "(...)")
                    + "#time(10 min)";
            if (UNBOUNDED_WINDOWS.contains(view.lower())) {
                problems.add(statement.problem(view, "#" + view.text() + " without a time window keeps events (or"
                        + " keys) forever: chain a time window, e.g. " + chained));
            } else if (COUNT_WINDOWS.contains(view.lower())) {
                problems.add(statement.problem(view, "#" + view.text() + " without a time window is a count window:"
                        + " it can hold an event older than the rule's horizon, which a replay after a failure does"
                        + " not rebuild: use a time window, e.g. #time(10 min), or chain one, e.g. " + chained));
            }
        }
        return Math.max(i, start + 1);
    }

    /**
     * {@code @Hint('retain-union')} keeps an event while any window of its chain keeps it: a time window would no
     * longer bound a count or unbounded window beside it.
     */
    private static void checkRetainUnion(EplStatement statement, List<RuleProblem> problems) {
        List<EplToken> t = statement.tokens();
        List<EplAnnotation> annotations = statement.annotations();
        for (int a = 0; a < annotations.size(); a++) {
            if (!annotations.get(a).name().equalsIgnoreCase("hint")) {
                continue;
            }
            int from = t.indexOf(annotations.get(a).at());
            int to = a + 1 < annotations.size() ? t.indexOf(annotations.get(a + 1).at())
                    : statement.bodyFirst() == null ? t.size() : t.indexOf(statement.bodyFirst());
            for (EplToken token : t.subList(from, to)) {
                if (token.kind() == EplToken.Kind.STRING && token.stringValue().replaceAll("\\s", "")
                        .toLowerCase(Locale.ROOT).contains("retain-union")) {
                    problems.add(statement.problem(token, "@Hint('retain-union') keeps an event as long as any"
                            + " window of its chain does, so a time window no longer bounds the others: remove"
                            + " the hint"));
                }
            }
        }
    }

    /**
     * The subquery in tokens [from, to): every stream of its from clause needs a data window, or its state (Esper
     * keeps the last event) reaches back to the rule's start. Nested subqueries are checked on their own.
     */
    private static void checkSubquery(EplStatement statement, List<EplToken> t, int from, int to,
                                      List<RuleProblem> problems) {
        int depth = 0;
        boolean inFrom = false;
        EplToken stream = null;
        boolean windowed = false;
        for (int i = from; i <= to; i++) {
            EplToken token = i < to ? t.get(i) : null;
            boolean end = token == null || depth == 0 && (token.isSymbol(",") || token.isIdent("join")
                    || AFTER_FROM.contains(token.lower()));
            if (inFrom && end) {
                if (stream != null && !windowed) {
                    problems.add(statement.problem(stream, "a subquery's stream needs a time window, e.g. "
                            + stream.text() + "#time(10 min): without one its state reaches back to the rule's"
                            + " start"));
                }
                inFrom = token != null && (token.isSymbol(",") || token.isIdent("join"));
                stream = null;
                windowed = false;
            } else if (token == null) {
                return;
            } else if (token.isSymbol("(") && i + 1 < to && t.get(i + 1).isIdent("select")) {
                i = close(t, i); // a nested subquery, checked on its own
            } else if (token.isSymbol("(") || token.isSymbol("[")) {
                depth++;
            } else if (token.isSymbol(")") || token.isSymbol("]")) {
                depth--;
            } else if (depth == 0 && token.isIdent("from")) {
                inFrom = true;
            } else if (inFrom && depth == 0 && token.isSymbol("#")) {
                windowed = true;
            } else if (inFrom && stream == null && token.kind() == EplToken.Kind.IDENT) {
                stream = token;
            }
        }
    }

    /** The index of the bracket closing the one at {@code open}, or the last index if none does. */
    static int close(List<EplToken> t, int open) {
        return Math.min(EplToken.closing(t, open), t.size() - 1);
    }
}
