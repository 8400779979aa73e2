package org.vigie.rules;

import java.util.Objects;
import org.vigie.events.Alert;

/**
 * One rule as its author wrote it: one EPL statement and what its annotations declare.
 *
 * @param id          from {@code @Name('...')}: lower-case letters, digits, '.', '_' and '-'
 * @param version     from {@code @Tag(name='version', value='<int>')}, positive
 * @param severity    from {@code @Tag(name='severity', value='LOW|MEDIUM|HIGH|CRITICAL')}
 * @param description from {@code @Description('...')}; the id when absent
 * @param owner       from {@code @Tag(name='owner', value='...')}, or {@code null}
 * @param partition   from {@code @Tag(name='partition', value='zone')}; {@code zone} (the only one supported) if absent
 * @param epl         the statement's text, annotations included, without the closing {@code ;}
 * @param sourceFile  the file the rule was read from, relative to its pack
 * @param line        the line of the statement's first token in {@code sourceFile}, 1-based
 */
public record Rule(
        String id,
        int version,
        Alert.Severity severity,
        String description,
        String owner,
        String partition,
        String epl,
        String sourceFile,
        int line) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(epl, "epl");
    }

    /** {@code file:line}, for messages. */
    public String location() {
        return sourceFile + ":" + line;
    }
}
