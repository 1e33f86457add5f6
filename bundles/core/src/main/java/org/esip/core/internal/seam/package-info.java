/**
 * The one seam between the capabilities inside the core bundle (registry, providers, identity, ticketing, archive,
 * audit, …): what one capability offers the others inside their own transaction — the audit record
 * ({@link org.esip.core.internal.seam.AuditRecord} with its {@link org.esip.core.internal.seam.Changes}), the
 * archive seal ({@link org.esip.core.internal.seam.ArchiveSeal}), "does this id exist"
 * ({@link org.esip.core.internal.seam.Existence}) — and the tag rule the two registries share.
 * A capability imports its own {@code internal} packages, the shared {@code org.esip.core.internal} kernel and this
 * package, never another capability's {@code internal} package; {@code CapabilitySeamsTest} holds that. Not exported.
 */
package org.esip.core.internal.seam;
