package org.esip.identity.api;

import java.time.Instant;
import java.util.Set;

import org.esip.core.api.Role;

/** A signed bearer token and what it stands for; send it back as {@code Authorization: Bearer <token>}. */
public record IssuedToken(String token, String tokenType, Instant expiresAt, String username, Set<Role> roles) {
}
