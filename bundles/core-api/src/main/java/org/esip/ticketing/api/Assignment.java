package org.esip.ticketing.api;

/**
 * Who a ticket is assigned to.
 *
 * @param kind     staff, organisation, expert or department
 * @param id       the staff member, organisation or expert ({@code null} for a department)
 * @param name     the department's name; filled in by the platform for the others
 * @param remark   how it is to be served (on the spot, by appointment, …)
 */
public record Assignment(AssigneeKind kind, Long id, String name, String remark) {
}
