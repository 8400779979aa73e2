package org.vigie.correlate;

/** A compiled rule could not be deployed, or its output cannot be turned into explained alerts. */
public class RuleDeployException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String ruleId;

    public RuleDeployException(String ruleId, String message, Throwable cause) {
        super("rule '" + ruleId + "': " + message, cause);
        this.ruleId = ruleId;
    }

    public RuleDeployException(String ruleId, String message) {
        this(ruleId, message, null);
    }

    public String ruleId() {
        return ruleId;
    }
}
