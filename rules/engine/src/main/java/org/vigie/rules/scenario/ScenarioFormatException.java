package org.vigie.rules.scenario;

/** A scenario file is malformed; the message names the file, the scenario and the offending entry or field. */
public class ScenarioFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScenarioFormatException(String message) {
        super(message);
    }

    public ScenarioFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
