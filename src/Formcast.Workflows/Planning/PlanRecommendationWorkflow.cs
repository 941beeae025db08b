using Formcast.Core;
using Formcast.Learning;
using Formcast.Planning;
using Formcast.Storage;

namespace Formcast.Workflows.Planning;

/// <summary>
/// Today's session and the coming week for a stored athlete: reads six weeks of athlete-days, wellness and injuries,
/// asks the chosen planner (and, to compare, every other one) through <see cref="SessionRecommender"/>, which applies
/// the safety limits and lets coach-set sessions win, and optionally forecasts a what-if week. One code path for the
/// command line and the server.
/// </summary>
public sealed class PlanRecommendationWorkflow(IFormcastStore store, AccessContext access)
{
    private const int HistoryDays = 42;

    public async Task<PlanRecommendationOutcome> RunAsync(PlanRecommendationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!PlanPlanners.IsKnown(request.Planner))
            return PlanRecommendationOutcome.Bad($"unknown planner '{request.Planner}' (one of {string.Join(", ", PlanPlanners.Names)})");
        if (request.WhatIf.Count > 7) return PlanRecommendationOutcome.Bad($"a what-if week has at most 7 days, not {request.WhatIf.Count}");

        var athlete = await store.FindAthleteAsync(access, request.Athlete, cancellationToken).ConfigureAwait(false);
        if (athlete is null) return new PlanRecommendationOutcome(null, $"no athlete '{request.Athlete}'", true);

        // Sessions the coach saved in the store, overridden day by day by any given with the request.
        var stored = await store.ListCoachSessionsAsync(access, athlete.Id, DateRange.Between(request.Date, request.Date.AddDays(6)), cancellationToken).ConfigureAwait(false);
        var coachByDay = stored.ToDictionary(s => s.Date);
        foreach (var text in request.CoachSessions)
        {
            if (SessionSpec.ParseCoachSession(text, athlete.Id, out var error) is not { } session) return PlanRecommendationOutcome.Bad($"coach session {error}");
            coachByDay[session.Date] = session;
        }

        var coach = coachByDay.Values.OrderBy(s => s.Date).ToList();

        var whatIf = new List<PlannedSession?>();
        for (var d = 0; d < request.WhatIf.Count; d++)
        {
            var text = request.WhatIf[d].Trim();
            if (text is "-" or "") whatIf.Add(null);
            else if (SessionSpec.ParseSession(text, athlete.Id, request.Date.AddDays(d), out var error) is { } session) whatIf.Add(session);
            else return PlanRecommendationOutcome.Bad($"what-if day {d + 1}: {error}");
        }

        PpoPolicy? policy = null;
        if (request.PolicyPath is { } path)
        {
            try
            {
                policy = PpoPolicy.Load(path);
            }
            catch (Exception e) when (e is ModelFormatException or IOException or UnauthorizedAccessException)
            {
                return PlanRecommendationOutcome.Bad($"policy file {path}: {e.Message}");
            }
        }

        var from = request.Date.AddDays(-HistoryDays);
        var days = await store.ListAthleteDaysAsync(access, athlete.Id, DateRange.Between(from, request.Date.AddDays(-1)), cancellationToken).ConfigureAwait(false);
        var wellness = await store.ListWellnessAsync(access, athlete.Id, DateRange.Between(from, request.Date), cancellationToken).ConfigureAwait(false);
        var injuries = await store.ListInjuriesAsync(access, athlete.Id, cancellationToken).ConfigureAwait(false);
        var recommendation = new RecommendationRequest
        {
            Athlete = athlete,
            Today = request.Date,
            Days = days,
            Wellness = wellness,
            Injuries = injuries,
            CoachSessions = coach,
            HistoryDays = HistoryDays,
        };

        var plan = Recommend(request.Planner, athlete, request.Date, policy, recommendation, null);
        var alternatives = request.Compare
            ? PlanPlanners.Names.Where(n => n != request.Planner).Select(n => Recommend(n, athlete, request.Date, policy, recommendation, null)).ToArray()
            : [];
        var what = whatIf.Count > 0 ? Recommend(request.Planner, athlete, request.Date, policy, recommendation, whatIf) : null;
        var policyName = request.PolicyPath is { } p ? Path.GetFileName(p) : PlanPlanners.ShippedPolicyName;
        return new PlanRecommendationOutcome(
            new PlanRecommendationResult(athlete.Handle, request.Date, policyName, plan, alternatives, what, days.Count(d => d.Load > 0)), null, false);
    }

    private static PlanView Recommend(string name, Athlete athlete, DateOnly today, PpoPolicy? policy, RecommendationRequest request, IReadOnlyList<PlannedSession?>? whatIf)
    {
        var planner = PlanPlanners.Create(name, athlete, today, policy);
        var recommender = new SessionRecommender(planner);
        // Learnt planners are shared between requests and keep per-episode state.
        lock (planner) return PlanView.From(whatIf is null ? recommender.Recommend(request) : recommender.WhatIf(request, whatIf));
    }
}
