package org.esip.line.outreach.api;

import java.time.LocalDate;
import java.util.List;

import org.esip.core.api.Actor;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.TableFormat;
import org.osgi.annotation.versioning.ProviderType;

/** Campaigns, visit plans, visits and their results (clauses 5.1.3 b, c; 5.4.1.1 a). */
@ProviderType
public interface OutreachService {

    /** What a new campaign carries. */
    record CampaignDraft(String theme, String description, LocalDate startsOn, LocalDate endsOn,
            TargetConditions conditions, List<Long> staffIds, List<Long> organisationIds, List<Long> expertIds,
            List<Long> servicePointIds) {
    }

    /** What a new visit plan carries. */
    record PlanDraft(Long enterpriseId, LocalDate plannedOn, List<Long> visitorIds, Long servicePointId) {
    }

    /** A demand as collected on a visit. */
    record DemandDraft(String title, String description) {
    }

    /** What a visit record carries. */
    record VisitDraft(Long planId, Long enterpriseId, LocalDate visitedOn, List<Long> visitorIds, Long servicePointId,
            String findings, List<DemandDraft> demands) {
    }

    /** What an import of visit plans did: every row stored, or none and every row's problems. */
    record ImportResult(boolean dryRun, int rows, int stored, List<FieldViolation> errors) {
    }

    /** A new campaign; its target enterprises are chosen by its conditions now. 400 naming every bad field. */
    Campaign create(Actor actor, CampaignDraft draft);

    Campaign get(long id);

    /** Campaigns, newest first. */
    List<Campaign> list();

    /** The enterprises the campaign targets, each with why it was chosen. */
    List<Target> targets(long campaignId);

    VisitPlan plan(Actor actor, long campaignId, PlanDraft draft);

    List<VisitPlan> plans(long campaignId);

    /** Visit plans from a CSV or XLSX table, all or nothing. */
    ImportResult importPlans(Actor actor, long campaignId, byte[] content, TableFormat format, boolean dryRun);

    /** Records a visit; each demand is stored first and then submitted as a ticket (channel VISIT). */
    Visit recordVisit(Actor actor, long campaignId, VisitDraft draft);

    /** Visits of a campaign ({@code enterpriseId} null: every enterprise's). */
    List<Visit> visits(long campaignId, Long enterpriseId);

    CampaignResults results(long campaignId);

    /** Submits the tickets of demands stored without one; how many were submitted. */
    int reconcile();

    /** Totals over every campaign: campaigns, visits, demands, resolved demands. */
    long[] totals();
}
