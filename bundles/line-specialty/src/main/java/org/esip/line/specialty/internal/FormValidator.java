package org.esip.line.specialty.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.esip.line.kit.FieldChecks;
import org.esip.line.specialty.api.SpecialtyDefinition.Field;
import org.esip.line.specialty.api.SpecialtyDefinition.Item;
import org.esip.line.specialty.api.SpecialtyDefinition.Option;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks an enterprise's form against its item's fields: every bad field is named ({@code values.<field>}) in one
 * 400. What passes is normalised (text stripped, numbers as decimals, dates ISO, choices by their value) and kept
 * with the field's labels, so a stored request still reads the same when the definition later changes.
 */
final class FormValidator {
    private FormValidator() {
    }

    /** One answered field as it is stored and shown. */
    record Answer(String name, String type, String labelZh, String labelEn, Object value, String displayZh,
            String displayEn) {
    }

    /** The answers to {@code item}'s form in {@code values} (a JSON object, or null for none), or a 400. */
    static List<Answer> validate(Item item, JsonNode values) {
        FieldChecks checks = new FieldChecks(Texts.TEXTS);
        if (values != null && !values.isNull() && !values.isObject()) {
            checks.check("values", false, "form.not-object").throwIfAny();
        }
        Map<String, Field> byName = new LinkedHashMap<>();
        item.fields().forEach(f -> byName.put(f.name(), f));
        if (values != null && values.isObject()) {
            for (Iterator<String> it = values.fieldNames(); it.hasNext();) {
                String name = it.next();
                checks.check("values." + name, byName.containsKey(name), "form.unknown-field", name);
            }
        }
        List<Answer> answers = new ArrayList<>();
        for (Field f : item.fields()) {
            String key = "values." + f.name();
            JsonNode v = values == null ? null : values.get(f.name());
            boolean empty = v == null || v.isNull() || v.isTextual() && v.textValue().isBlank();
            if (empty) {
                checks.check(key, !f.required(), "field.required");
                continue;
            }
            Answer a = answer(f, v, key, checks);
            if (a != null) {
                answers.add(a);
            }
        }
        checks.throwIfAny();
        return answers;
    }

    private static Answer answer(Field f, JsonNode v, String key, FieldChecks checks) {
        switch (f.type()) {
            case TEXT: {
                if (!v.isTextual()) {
                    checks.check(key, false, "form.not-text");
                    return null;
                }
                String s = v.textValue().strip();
                checks.maxLength(key, s, f.maxLength() == null ? DefinitionParser.TEXT_DEFAULT_MAX : f.maxLength());
                return new Answer(f.name(), "text", f.labelZh(), f.labelEn(), s, s, s);
            }
            case NUMBER: {
                BigDecimal n = null;
                if (v.isNumber()) {
                    n = v.decimalValue();
                } else if (v.isTextual()) {
                    try {
                        n = new BigDecimal(v.textValue().strip());
                    } catch (NumberFormatException e) {
                        n = null;
                    }
                }
                if (n == null) {
                    checks.check(key, false, "form.not-number");
                    return null;
                }
                boolean ok = (f.min() == null || n.compareTo(f.min()) >= 0) && (f.max() == null || n.compareTo(f.max()) <= 0);
                checks.check(key, ok, "form.number-range", f.min() == null ? "-∞" : f.min().toPlainString(),
                        f.max() == null ? "∞" : f.max().toPlainString());
                String shown = n.stripTrailingZeros().toPlainString();
                return new Answer(f.name(), "number", f.labelZh(), f.labelEn(), new BigDecimal(shown), shown, shown);
            }
            case DATE: {
                try {
                    if (!v.isTextual()) {
                        throw new DateTimeParseException("not text", v.toString(), 0);
                    }
                    LocalDate d = LocalDate.parse(v.textValue().strip());
                    return new Answer(f.name(), "date", f.labelZh(), f.labelEn(), d.toString(), d.toString(), d.toString());
                } catch (DateTimeParseException e) {
                    checks.check(key, false, "form.not-date");
                    return null;
                }
            }
            case BOOLEAN: {
                Boolean b = null;
                if (v.isBoolean()) {
                    b = v.booleanValue();
                } else if (v.isTextual() && v.textValue().strip().equals("true")) {
                    b = Boolean.TRUE;
                } else if (v.isTextual() && v.textValue().strip().equals("false")) {
                    b = Boolean.FALSE;
                }
                if (b == null) {
                    checks.check(key, false, "form.not-boolean");
                    return null;
                }
                if (f.required() && !b) {
                    // A required yes/no (e.g. "I agree") must be answered yes.
                    checks.check(key, false, "form.must-be-true");
                    return null;
                }
                return new Answer(f.name(), "boolean", f.labelZh(), f.labelEn(), b, b ? "是" : "否", b ? "yes" : "no");
            }
            case CHOICE: {
                String s = v.isTextual() ? v.textValue().strip() : v.isValueNode() ? v.asText() : null;
                Option chosen = f.options().stream().filter(o -> o.value().equals(s)).findFirst().orElse(null);
                if (chosen == null) {
                    checks.check(key, false, "form.not-option",
                            String.join(", ", f.options().stream().map(Option::value).toList()));
                    return null;
                }
                return new Answer(f.name(), "choice", f.labelZh(), f.labelEn(), chosen.value(), chosen.labelZh(),
                        chosen.labelEn());
            }
            default:
                return null;
        }
    }
}
