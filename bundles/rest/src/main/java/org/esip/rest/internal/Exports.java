package org.esip.rest.internal;

/** How an export is described in the audit log: the criteria that were set, never the data. */
final class Exports {
    private Exports() {
    }

    /** {@code name=value} for every pair whose value is set, space-separated; {@code (all)} when none is. */
    static String criteria(String... namesAndValues) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(namesAndValues[i]).append('=').append(value.strip());
            }
        }
        return b.length() == 0 ? "(all)" : b.toString();
    }
}
