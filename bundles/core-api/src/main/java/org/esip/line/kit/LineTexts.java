package org.esip.line.kit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.esip.core.api.ConflictException;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.ForbiddenException;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.UnprocessableException;
import org.esip.core.api.ValidationException;

/**
 * A line's bilingual texts: {@code <base>_zh_CN.properties} (read first, shown first) and {@code <base>.properties}
 * in English, looked up in the line bundle's class loader; a key the line does not define falls back to the kit's
 * common texts ({@code field.required}, {@code field.too-long}, {@code param.not-integer}, {@code request.invalid},
 * {@code not-found}, {@code forbidden}, ...). An unknown key is shown as itself, never as an error.
 *
 * <p>One instance per line, e.g. {@code static final LineTexts TEXTS = new LineTexts(
 * "org.esip.line.training.internal.Messages", TrainingLine.class.getClassLoader());}
 */
public final class LineTexts {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader loader;
    private final LineTexts common;
    /** Parsed patterns by language and key, of the texts asked for so far. */
    private final Map<FormatKey, TextPattern> formats = new ConcurrentHashMap<>();

    /**
     * @param baseName the bundle's base name, e.g. {@code org.esip.line.training.internal.Messages}
     * @param loader   the line bundle's class loader
     */
    public LineTexts(String baseName, ClassLoader loader) {
        this(baseName, loader, KitMessages.TEXTS);
    }

    LineTexts(String baseName, ClassLoader loader, LineTexts common) {
        this.baseName = baseName;
        this.loader = loader;
        this.common = common;
    }

    /** The Chinese text of {@code key} with its arguments (MessageFormat's syntax). */
    public String zh(String key, Object... args) {
        return format(Locale.SIMPLIFIED_CHINESE, key, args);
    }

    /** The English text of {@code key}. */
    public String en(String key, Object... args) {
        return format(Locale.ROOT, key, args);
    }

    /** A problem with one field: its name, the key as its code, and the text in both languages. */
    public FieldViolation violation(String field, String key, Object... args) {
        return new FieldViolation(field, key, zh(key, args), en(key, args));
    }

    /** A 400 listing every violation. */
    public ValidationException invalid(List<FieldViolation> violations) {
        return new ValidationException(zh("request.invalid"), en("request.invalid"), violations);
    }

    /** A 400 for one field. */
    public ValidationException invalid(String field, String key, Object... args) {
        return invalid(List.of(violation(field, key, args)));
    }

    /** A 403 whose code is {@code key}. */
    public ForbiddenException forbidden(String key, Object... args) {
        return new ForbiddenException(key, zh(key, args), en(key, args));
    }

    /** A 404 whose code is {@code key}. */
    public NotFoundException notFound(String key, Object... args) {
        return new NotFoundException(key, zh(key, args), en(key, args));
    }

    /** A 409 (the request conflicts with what is stored: full, duplicate, stale version) naming {@code field}. */
    public ConflictException conflict(String key, String field, Object... args) {
        return new ConflictException(key, field, zh(key, args), en(key, args));
    }

    /** A 422 (well-formed, but cannot be done as asked) naming {@code field}. */
    public UnprocessableException unprocessable(String key, String field, Object... args) {
        return new UnprocessableException(key, field, zh(key, args), en(key, args));
    }

    private String format(Locale locale, String key, Object... args) {
        TextPattern parsed = formats.computeIfAbsent(new FormatKey(locale, key), this::parse);
        return parsed == null ? key : parsed.format(args);
    }

    private record FormatKey(Locale locale, String key) {
    }

    /**
     * The parsed pattern of {@code k}, the line's own or the kit's common one; {@code null} (and so not kept) when
     * neither defines the key. Looking the bundle up and parsing for every text is what the core stopped doing for
     * its own texts (issue 16); the map is bounded by the keys of the property files.
     */
    private TextPattern parse(FormatKey k) {
        String pattern = lookup(k.locale(), k.key());
        if (pattern == null && common != null) {
            pattern = common.lookup(k.locale(), k.key());
        }
        return pattern == null ? null : TextPattern.of(pattern, k.locale());
    }

    private String lookup(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(baseName, locale, loader, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
