package org.vigie.schemas.wire;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Vigie does no biometric processing (EU AI Act art. 5(1)(h), GDPR art. 9): data that looks biometric is refused at
 * the edge rather than silently dropped, so the producer learns it must stop sending it.
 */
final class Biometrics {

    private static final String[] PREFIXES = {
        "face", "body", "gait", "gender", "age", "ethnicity", "race", "iris", "fingerprint", "voiceprint", "biometric"
    };

    /** Standard field names the prefix rule would catch by accident: Open311's agency_responsible is not an age. */
    private static final Set<String> NOT_BIOMETRIC = Set.of("agency", "agency_responsible", "agencyresponsible");

    /** ONVIF ClassFilter values for biometric objects (after {@link EnumLookup#key}). */
    private static final Set<String> CLASSES = Set.of("HUMANFACE", "HUMANBODY");

    private Biometrics() {
    }

    /** The prefixes by their first letter: every field of every record is checked, so most need one comparison. */
    private static final String[][] BY_FIRST_LETTER = new String[26][];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            final char letter = c;
            BY_FIRST_LETTER[c - 'a'] = Arrays.stream(PREFIXES).filter(p -> p.charAt(0) == letter)
                    .toArray(String[]::new);
        }
    }

    /** Whether a field named so is a biometric attribute: its name is or starts with one of the prefixes. */
    static boolean isBiometricName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        int first = Character.toLowerCase(name.charAt(0)) - 'a';
        if (first < 0 || first >= BY_FIRST_LETTER.length) {
            return false;
        }
        for (String prefix : BY_FIRST_LETTER[first]) {
            if (name.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return !NOT_BIOMETRIC.contains(name.toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    static void checkName(String name) throws DecodeException {
        if (isBiometricName(name)) {
            throw new DecodeException("biometric attribute '" + Texts.clip(name) + "' refused");
        }
    }

    /** Refuses HumanFace, HumanBody, Face, Body and any class named like a biometric attribute. */
    static void checkObjectClass(String objectClass) throws DecodeException {
        if (CLASSES.contains(EnumLookup.key(objectClass)) || isBiometricName(objectClass)) {
            throw new DecodeException("biometric object class '" + Texts.clip(objectClass) + "' refused");
        }
    }
}
