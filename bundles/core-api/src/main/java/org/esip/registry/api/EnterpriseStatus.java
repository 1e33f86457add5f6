package org.esip.registry.api;

/** Whether an enterprise is served; a retired one keeps its history but drops out of default searches. */
public enum EnterpriseStatus {
    ACTIVE,
    RETIRED
}
