package org.esip.line.volunteer.api;

import java.util.List;

import org.esip.core.api.Actor;
import org.esip.core.api.TableFormat;
import org.esip.registry.api.ImportReport;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Volunteers and teams (clause 5.2.6.1). Staff keep them; an organisation's user keeps its own organisation's
 * volunteers and teams; an expert sees its own volunteer record.
 */
@ProviderType
public interface VolunteerRegistry {
    /** @throws org.esip.core.api.ValidationException naming every bad field; 409 when the phone is registered */
    Volunteer register(Actor actor, VolunteerDraft draft);

    Volunteer update(Actor actor, long id, long version, VolunteerDraft draft);

    Volunteer get(Actor actor, long id);

    /** Volunteers the caller may see, filtered by organisation, team and a name/skill/phone text. */
    List<Volunteer> list(Actor actor, Long organisationId, Long teamId, String q);

    /** All or nothing: every row checked; any rejected row stores nothing (per-row errors in the report). */
    ImportReport importTable(Actor actor, byte[] content, TableFormat format, boolean dryRun);

    Team createTeam(Actor actor, TeamDraft draft);

    Team team(Actor actor, long id);

    List<Team> teams(Actor actor, Long organisationId);

    /** @throws org.esip.core.api.ConflictException when the volunteer is a member already */
    Team addMember(Actor actor, long teamId, long volunteerId);

    Team removeMember(Actor actor, long teamId, long volunteerId);

    /** How many volunteers are registered. */
    long count();
}
