package org.esip.line.specialty.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.esip.line.api.HandlingMode;
import org.esip.line.api.ServiceLine;
import org.esip.line.specialty.api.DefinitionError;
import org.esip.line.specialty.api.FieldType;
import org.esip.line.specialty.api.Measure;
import org.esip.line.specialty.api.SpecialtyDefinition;
import org.esip.line.specialty.api.SpecialtyDefinition.Category;
import org.esip.line.specialty.api.SpecialtyDefinition.Field;
import org.esip.line.specialty.api.SpecialtyDefinition.IndicatorDefinition;
import org.esip.line.specialty.api.SpecialtyDefinition.Item;
import org.esip.line.specialty.api.SpecialtyDefinition.Option;
import org.esip.ticketing.api.TicketKind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and validates a definition file. Every problem is reported, each with its JSON path (e.g.
 * {@code items[2].fields[0].type}); a definition with any problem is refused as a whole.
 */
final class DefinitionParser {
    /** The id of the managing line itself, which no definition may take. */
    static final String RESERVED_ID = SpecialtyManagementLine.ID;
    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*");
    static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;
    static final int TEXT_DEFAULT_MAX = 2000;
    static final int TEXT_LIMIT = 10_000;
    static final int FIELDS_MAX = 50;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What came of a file: the definition, or the errors (never both). */
    record Result(SpecialtyDefinition definition, List<DefinitionError> errors) {
        boolean valid() {
            return definition != null;
        }
    }

    private final List<DefinitionError> errors = new ArrayList<>();

    private DefinitionParser() {
    }

    /**
     * Parses {@code text}; {@code expectedId}, when given, is the id the file's name demands ({@code <id>.json}).
     */
    static Result parse(String text, String expectedId) {
        DefinitionParser p = new DefinitionParser();
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            p.error("$", "def.json", where, e.getOriginalMessage());
            return new Result(null, p.errors);
        }
        SpecialtyDefinition d = p.definition(root, expectedId);
        return p.errors.isEmpty() ? new Result(d, List.of()) : new Result(null, List.copyOf(p.errors));
    }

    private SpecialtyDefinition definition(JsonNode root, String expectedId) {
        if (root == null || !root.isObject()) {
            error("$", "def.not-object");
            return null;
        }
        known(root, "", "id", "nameZh", "nameEn", "descriptionZh", "descriptionEn", "categories", "items", "indicators");
        String id = text(root, "", "id", true, 32);
        if (id != null) {
            if (!id.matches(ServiceLine.ID_PATTERN)) {
                error("id", "def.line-id", id);
            } else if (RESERVED_ID.equals(id)) {
                error("id", "def.reserved-id", id);
            } else if (expectedId != null && !expectedId.equals(id)) {
                error("id", "def.file-name", id, expectedId + SpecialtyRegistry.EXTENSION);
            }
        }
        String nameZh = text(root, "", "nameZh", true, NAME_MAX);
        String nameEn = text(root, "", "nameEn", true, NAME_MAX);
        String descriptionZh = text(root, "", "descriptionZh", false, DESCRIPTION_MAX);
        String descriptionEn = text(root, "", "descriptionEn", false, DESCRIPTION_MAX);

        List<Category> categories = new ArrayList<>();
        JsonNode cs = array(root, "", "categories", true);
        Set<String> categoryNames = unique(cs, "categories", "name");
        for (int i = 0; cs != null && i < cs.size(); i++) {
            Category c = category(cs.get(i), "categories[" + i + "]", id);
            if (c != null) {
                categories.add(c);
            }
        }
        List<Item> items = new ArrayList<>();
        JsonNode is = array(root, "", "items", true);
        Set<String> itemCodes = unique(is, "items", "code");
        for (int i = 0; is != null && i < is.size(); i++) {
            Item item = item(is.get(i), "items[" + i + "]", categoryNames);
            if (item != null) {
                items.add(item);
            }
        }
        List<IndicatorDefinition> indicators = new ArrayList<>();
        JsonNode ins = array(root, "", "indicators", false);
        unique(ins, "indicators", "name");
        for (int i = 0; ins != null && i < ins.size(); i++) {
            IndicatorDefinition in = indicator(ins.get(i), "indicators[" + i + "]", id, itemCodes);
            if (in != null) {
                indicators.add(in);
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new SpecialtyDefinition(id, nameZh, nameEn, orEmpty(descriptionZh), orEmpty(descriptionEn), categories,
                items, indicators);
    }

    private Category category(JsonNode node, String path, String lineId) {
        if (!object(node, path)) {
            return null;
        }
        known(node, path, "name", "nameZh", "nameEn", "kind", "resolutionDays", "acceptanceDays");
        String name = code(node, path, "name", lineId == null ? 60 : 59 - lineId.length());
        String nameZh = text(node, path, "nameZh", true, NAME_MAX);
        String nameEn = text(node, path, "nameEn", true, NAME_MAX);
        String kind = oneOf(node, path, "kind", true, names(TicketKind.values()));
        Integer resolution = integer(node, path, "resolutionDays", true, 1, 365);
        Integer acceptance = integer(node, path, "acceptanceDays", false, 0, 365);
        if (name == null || nameZh == null || nameEn == null || kind == null || resolution == null) {
            return null;
        }
        return new Category(name, nameZh, nameEn, kind, resolution, acceptance);
    }

    private Item item(JsonNode node, String path, Set<String> categoryNames) {
        if (!object(node, path)) {
            return null;
        }
        known(node, path, "code", "nameZh", "nameEn", "descriptionZh", "descriptionEn", "handling", "category", "fields");
        String code = code(node, path, "code", 60);
        String nameZh = text(node, path, "nameZh", true, NAME_MAX);
        String nameEn = text(node, path, "nameEn", true, NAME_MAX);
        String descriptionZh = text(node, path, "descriptionZh", false, DESCRIPTION_MAX);
        String descriptionEn = text(node, path, "descriptionEn", false, DESCRIPTION_MAX);
        String handling = node.has("handling") ? oneOf(node, path, "handling", true, names(HandlingMode.values()))
                : HandlingMode.ONLINE.name();
        String category = text(node, path, "category", true, 60);
        if (category != null && !categoryNames.contains(category)) {
            error(path + ".category", "def.unknown-category", category);
        }
        List<Field> fields = new ArrayList<>();
        JsonNode fs = array(node, path, "fields", true);
        unique(fs, path + ".fields", "name");
        if (fs != null && fs.size() > FIELDS_MAX) {
            error(path + ".fields", "def.too-many", FIELDS_MAX);
        }
        for (int i = 0; fs != null && i < fs.size(); i++) {
            String fp = path + ".fields[" + i + "]";
            Field f = field(fs.get(i), fp);
            if (f != null) {
                fields.add(f);
            }
        }
        if (code == null || nameZh == null || nameEn == null || handling == null || category == null) {
            return null;
        }
        return new Item(code, nameZh, nameEn, orEmpty(descriptionZh), orEmpty(descriptionEn), handling, category, fields);
    }

    private Field field(JsonNode node, String path) {
        if (!object(node, path)) {
            return null;
        }
        known(node, path, "name", "type", "labelZh", "labelEn", "required", "maxLength", "min", "max", "options");
        String name = text(node, path, "name", true, 40);
        if (name != null && !FIELD_NAME.matcher(name).matches()) {
            error(path + ".name", "def.field-name", name);
            name = null;
        }
        String typeText = oneOf(node, path, "type", true, lower(FieldType.values()));
        FieldType type = typeText == null ? null : FieldType.valueOf(typeText.toUpperCase(Locale.ROOT));
        String labelZh = text(node, path, "labelZh", true, NAME_MAX);
        String labelEn = text(node, path, "labelEn", true, NAME_MAX);
        boolean required = false;
        if (node.has("required")) {
            if (node.get("required").isBoolean()) {
                required = node.get("required").booleanValue();
            } else {
                error(path + ".required", "def.not-boolean");
            }
        }
        Integer maxLength = null;
        if (node.has("maxLength")) {
            if (type == FieldType.TEXT) {
                maxLength = integer(node, path, "maxLength", false, 1, TEXT_LIMIT);
            } else if (type != null) {
                error(path + ".maxLength", "def.only-for", "text");
            }
        } else if (type == FieldType.TEXT) {
            maxLength = TEXT_DEFAULT_MAX;
        }
        BigDecimal min = null;
        BigDecimal max = null;
        for (String bound : new String[] {"min", "max"}) {
            if (!node.has(bound)) {
                continue;
            }
            if (type != null && type != FieldType.NUMBER) {
                error(path + "." + bound, "def.only-for", "number");
            } else if (!node.get(bound).isNumber()) {
                error(path + "." + bound, "def.not-number");
            } else if (bound.equals("min")) {
                min = node.get(bound).decimalValue();
            } else {
                max = node.get(bound).decimalValue();
            }
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            error(path + ".max", "def.min-max", min.toPlainString(), max.toPlainString());
        }
        List<Option> options = new ArrayList<>();
        if (type == FieldType.CHOICE) {
            JsonNode os = array(node, path, "options", true);
            if (os != null && os.isEmpty()) {
                error(path + ".options", "def.empty");
            }
            Set<String> values = new HashSet<>();
            for (int i = 0; os != null && i < os.size(); i++) {
                String op = path + ".options[" + i + "]";
                JsonNode o = os.get(i);
                if (!object(o, op)) {
                    continue;
                }
                known(o, op, "value", "labelZh", "labelEn");
                String value = text(o, op, "value", true, 100);
                String oz = text(o, op, "labelZh", true, NAME_MAX);
                String oe = text(o, op, "labelEn", true, NAME_MAX);
                if (value != null && !values.add(value)) {
                    error(op + ".value", "def.duplicate", value);
                }
                if (value != null && oz != null && oe != null) {
                    options.add(new Option(value, oz, oe));
                }
            }
        } else if (node.has("options") && type != null) {
            error(path + ".options", "def.only-for", "choice");
        }
        if (name == null || type == null || labelZh == null || labelEn == null) {
            return null;
        }
        return new Field(name, type, labelZh, labelEn, required, maxLength, min, max, options);
    }

    private IndicatorDefinition indicator(JsonNode node, String path, String lineId, Set<String> itemCodes) {
        if (!object(node, path)) {
            return null;
        }
        known(node, path, "name", "nameZh", "nameEn", "measure", "item");
        String name = code(node, path, "name", lineId == null ? 60 : 59 - lineId.length());
        String nameZh = text(node, path, "nameZh", true, NAME_MAX);
        String nameEn = text(node, path, "nameEn", true, NAME_MAX);
        String measure = oneOf(node, path, "measure", true, names(Measure.values()));
        String item = text(node, path, "item", false, 60);
        if (item != null && !itemCodes.contains(item)) {
            error(path + ".item", "def.unknown-item", item);
        }
        if (name == null || nameZh == null || nameEn == null || measure == null) {
            return null;
        }
        return new IndicatorDefinition(name, nameZh, nameEn, Measure.valueOf(measure), item);
    }

    // ---- helpers: each reports at the member's path and answers null when the member is missing or wrong ----

    private static String at(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    private void known(JsonNode node, String path, String... members) {
        Set<String> allowed = Set.of(members);
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String m = it.next();
            if (!allowed.contains(m)) {
                error(at(path, m), "def.unknown-member", m, String.join(", ", members));
            }
        }
    }

    /**
     * The text values of {@code member} in the objects of {@code array} (whatever else is wrong with them, so one
     * bad member does not make references to the entry fail too); a value seen twice is an error at the second.
     */
    private Set<String> unique(JsonNode array, String path, String member) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            JsonNode v = array.get(i) == null ? null : array.get(i).get(member);
            if (v != null && v.isTextual() && !v.textValue().isBlank() && !seen.add(v.textValue().strip())) {
                error(path + "[" + i + "]." + member, "def.duplicate", v.textValue().strip());
            }
        }
        return seen;
    }

    private boolean object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            error(path, "def.not-object");
            return false;
        }
        return true;
    }

    private JsonNode array(JsonNode node, String path, String member, boolean required) {
        JsonNode v = node.get(member);
        if (v == null || v.isNull()) {
            if (required) {
                error(at(path, member), "def.required");
            }
            return null;
        }
        if (!v.isArray()) {
            error(at(path, member), "def.not-array");
            return null;
        }
        return v;
    }

    private String text(JsonNode node, String path, String member, boolean required, int max) {
        JsonNode v = node.get(member);
        if (v == null || v.isNull() || v.isTextual() && v.textValue().isBlank()) {
            if (required) {
                error(at(path, member), "def.required");
            }
            return null;
        }
        if (!v.isTextual()) {
            error(at(path, member), "def.not-text");
            return null;
        }
        String s = v.textValue().strip();
        if (s.codePointCount(0, s.length()) > max) {
            error(at(path, member), "def.too-long", max);
            return null;
        }
        return s;
    }

    private String code(JsonNode node, String path, String member, int max) {
        String s = text(node, path, member, true, Math.max(1, max));
        if (s != null && !CODE.matcher(s).matches()) {
            error(at(path, member), "def.code", s);
            return null;
        }
        return s;
    }

    private String oneOf(JsonNode node, String path, String member, boolean required, List<String> allowed) {
        String s = text(node, path, member, required, 60);
        if (s != null && !allowed.contains(s)) {
            error(at(path, member), "def.one-of", s, String.join(", ", allowed));
            return null;
        }
        return s;
    }

    private Integer integer(JsonNode node, String path, String member, boolean required, int min, int max) {
        JsonNode v = node.get(member);
        if (v == null || v.isNull()) {
            if (required) {
                error(at(path, member), "def.required");
            }
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            error(at(path, member), "def.not-integer");
            return null;
        }
        int i = v.intValue();
        if (i < min || i > max) {
            error(at(path, member), "def.range", min, max);
            return null;
        }
        return i;
    }

    private void error(String path, String key, Object... args) {
        errors.add(new DefinitionError(path, Texts.TEXTS.zh(key, args), Texts.TEXTS.en(key, args)));
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> e : values) {
            out.add(e.name());
        }
        return out;
    }

    private static List<String> lower(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> e : values) {
            out.add(e.name().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
