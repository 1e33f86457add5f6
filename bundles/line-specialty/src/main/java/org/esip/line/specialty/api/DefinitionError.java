package org.esip.line.specialty.api;

/**
 * One error in a definition file.
 *
 * @param path      where, as a JSON path, e.g. {@code items[2].fields[0].type}; {@code $} for the whole file
 * @param messageZh what is wrong, in Chinese
 * @param messageEn what is wrong, in English
 */
public record DefinitionError(String path, String messageZh, String messageEn) {
    @Override
    public String toString() {
        return path + ": " + messageZh + " / " + messageEn;
    }
}
