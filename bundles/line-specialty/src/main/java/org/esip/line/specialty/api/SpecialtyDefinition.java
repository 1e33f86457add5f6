package org.esip.line.specialty.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One county specialty line as its definition file declares it (e.g. {@code etc/esip-specialty/ouhai-eyewear.specialty}).
 *
 * @param id          the line's id, also the file's name: {@code /api/v1/lines/<id>/}
 * @param nameZh      the line's Chinese name
 * @param nameEn      the line's English name
 * @param descriptionZh what the line offers, in Chinese (may be empty)
 * @param descriptionEn what the line offers, in English (may be empty)
 * @param categories  its ticket categories
 * @param items       its catalogue items with their forms
 * @param indicators  its indicators, each one of the fixed {@link Measure}s
 */
public record SpecialtyDefinition(String id, String nameZh, String nameEn, String descriptionZh, String descriptionEn,
        List<Category> categories, List<Item> items, List<IndicatorDefinition> indicators) {

    public SpecialtyDefinition {
        categories = List.copyOf(categories);
        items = List.copyOf(items);
        indicators = List.copyOf(indicators);
    }

    /** The item with {@code code}, if the line has it. */
    public Optional<Item> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The category with the short {@code name} (without the line id). */
    public Optional<Category> category(String name) {
        return categories.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * A ticket category: its full code is {@code <line id>.<name>}.
     *
     * @param kind           {@code CONSULTATION}, {@code DEMAND}, {@code APPEAL} or {@code COMPLAINT}
     * @param resolutionDays working days to resolve, at least 1
     * @param acceptanceDays working days to accept, or {@code null} for the platform's
     */
    public record Category(String name, String nameZh, String nameEn, String kind, int resolutionDays,
            Integer acceptanceDays) {
    }

    /**
     * A catalogue item and the form an enterprise fills in to request it.
     *
     * @param handling {@code ONLINE}, {@code DIRECT}, {@code MATCHED} or {@code REFERRED}
     * @param category the short name of the category its requests become tickets of
     */
    public record Item(String code, String nameZh, String nameEn, String descriptionZh, String descriptionEn,
            String handling, String category, List<Field> fields) {
        public Item {
            fields = List.copyOf(fields);
        }
    }

    /**
     * One field of an item's form.
     *
     * @param maxLength for {@link FieldType#TEXT}: the most characters
     * @param min       for {@link FieldType#NUMBER}: the smallest value, or {@code null}
     * @param max       for {@link FieldType#NUMBER}: the largest value, or {@code null}
     * @param options   for {@link FieldType#CHOICE}: the values to choose from
     */
    public record Field(String name, FieldType type, String labelZh, String labelEn, boolean required,
            Integer maxLength, BigDecimal min, BigDecimal max, List<Option> options) {
        public Field {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    /** One value of a choice field with its labels. */
    public record Option(String value, String labelZh, String labelEn) {
    }

    /**
     * An indicator: {@code <line id>.<name>}, the value of {@code measure} over the line's requests (of {@code item}
     * only, when given).
     */
    public record IndicatorDefinition(String name, String nameZh, String nameEn, Measure measure, String item) {
    }
}
