package org.esip.line.training.api;

/** Who gives a session: an expert or an organisation of the core registries. */
public enum SpeakerKind {
    EXPERT,
    ORGANISATION
}
