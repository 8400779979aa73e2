package org.vigie.rules;

/**
 * One file of a rule pack.
 *
 * @param name the path relative to the pack's root, with '/' separators (e.g. {@code roads/stopped.epl})
 */
public record PackFile(String name, String text) {
}
