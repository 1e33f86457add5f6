package org.esip.shell.internal;

import java.util.HashMap;
import java.util.Map;

import org.esip.core.api.NotFoundException;
import org.esip.registry.api.EnterpriseService;

/** "12 瑞安市华峰机械有限公司": an enterprise id with its name beside it, each looked up once per command. */
final class EnterpriseNames {
    private final EnterpriseService enterprises;
    private final Map<Long, String> names = new HashMap<>();

    EnterpriseNames(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    String label(long id) {
        return id + " " + names.computeIfAbsent(id, this::name);
    }

    private String name(long id) {
        try {
            return enterprises.get(id).name();
        } catch (NotFoundException e) {
            return "—";
        }
    }
}
