package org.esip.line.api;

import java.util.Objects;
import java.util.function.Supplier;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An evaluation indicator a line contributes (clause 7.1.1, Appendix B): a named number the platform
 * computes from the line's data whenever it is asked ({@code GET /api/v1/indicators}).
 */
@ConsumerType
public interface Indicator {

    /** {@code <line id>.<name>}, like a {@link TicketCategory} code; unique on the platform. */
    String code();

    String nameZh();

    String nameEn();

    IndicatorUnit unit();

    /**
     * The current value, computed now from the line's data; {@code null} when there is none yet. An
     * exception is reported as a value that could not be measured, never as a failed request.
     */
    Number measure();

    /** An indicator whose value {@code measure} computes. */
    static Indicator of(String code, String nameZh, String nameEn, IndicatorUnit unit, Supplier<Number> measure) {
        Objects.requireNonNull(measure, "measure");
        return new Indicator() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public String nameZh() {
                return nameZh;
            }

            @Override
            public String nameEn() {
                return nameEn;
            }

            @Override
            public IndicatorUnit unit() {
                return unit;
            }

            @Override
            public Number measure() {
                return measure.get();
            }
        };
    }
}
