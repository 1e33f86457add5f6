package org.esip.provider.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.esip.core.api.Actor;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.api.TableFormat;
import org.esip.registry.api.ImportProgress;
import org.esip.registry.api.ImportReport;
import org.osgi.annotation.versioning.ProviderType;

/** Service organisations and their admission (clause 6.3). Every change is audited and kept as history. */
@ProviderType
public interface OrganisationService {

    /** Records an application (status APPLIED). */
    Organisation register(Actor actor, OrganisationRegistration registration);

    Organisation get(long id);

    Optional<Organisation> findByCreditCode(String creditCode);

    Organisation update(Actor actor, long id, OrganisationRegistration update);

    Page<Organisation> search(OrganisationQuery query, PageRequest page);

    /** APPLIED or SUSPENDED → ADMITTED is not this: admission needs the agreement. APPLIED → ADMITTED. */
    Organisation admit(Actor actor, long id, long version, String agreementNumber, LocalDate agreementDate);

    /**
     * APPLIED → ADMITTED after checking clause 6.3.2: a valid (unexpired) professional qualification, good
     * credit without bad records, and at least one service domain. When a criterion fails, admission is refused
     * with every reason (409 on field {@code criteria}) unless {@code overrideReason} states why it is admitted
     * anyway; an override is kept in the history and the audit log.
     */
    Organisation admit(Actor actor, long id, long version, String agreementNumber, LocalDate agreementDate,
            String overrideReason);

    /** ADMITTED → SUSPENDED. */
    Organisation suspend(Actor actor, long id, long version, String reason);

    /** SUSPENDED → ADMITTED. */
    Organisation reinstate(Actor actor, long id, long version, String reason);

    /** APPLIED, ADMITTED or SUSPENDED → EXITED (final). */
    Organisation exit(Actor actor, long id, long version, String reason);

    /** Every admission change, oldest first. */
    List<StatusChange> history(long id);

    /**
     * For dispatch: only an admitted organisation receives work.
     *
     * @throws org.esip.core.api.ConflictException on field {@code organisationId} when it is not admitted
     */
    Organisation requireAdmitted(long id);

    /**
     * Imports a spreadsheet of organisations all or nothing, as the enterprise registry does: a new credit
     * code is an application (APPLIED), a known one updates the description; admission stays a decision
     * taken one by one with its agreement.
     */
    ImportReport importTable(Actor actor, byte[] content, TableFormat format, boolean dryRun);

    /** {@link #importTable(Actor, byte[], TableFormat, boolean)}, telling {@code listener} how far it is as it runs. */
    ImportReport importTable(Actor actor, byte[] content, TableFormat format, boolean dryRun,
            ImportProgress.Listener listener);

    /** The organisations a search finds (every page), in the import layout. */
    byte[] exportTable(OrganisationQuery query, TableFormat format);
}
