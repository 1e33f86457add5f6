package org.esip.line.volunteer.api;

/** A recruited role: its places and how many are taken by pending or confirmed sign-ups. */
public record ActivityRole(long id, String name, int slots, int taken) {
}
