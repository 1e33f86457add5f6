package org.esip.ticketing.api;

import java.time.Instant;

/**
 * What an enterprise supplied after the platform asked for more information (补充材料); the original
 * application (预约申请, clause 6.4.1) stays the ticket's {@code description}.
 *
 * @param at   when it was supplied
 * @param by   the account that supplied it
 * @param text what was supplied
 */
public record Supplement(Instant at, String by, String text) {
}
