package org.esip.core.api;

/**
 * One invalid field of a request: its name as the client sent it, a stable code, and the message
 * in Chinese with its English counterpart.
 */
public record FieldViolation(String field, String code, String message, String messageEn) {
}
