using System.Globalization;
using System.Text;

namespace Formcast.Planning;

/// <summary>The analogue of the reference study's Tables 3 and 4 on Formcast's simulator, with its protocol.</summary>
public sealed record PlanComparisonReport
{
    public required IReadOnlyList<string> Protocol { get; init; }

    public required IReadOnlyList<PlannerResult> Planners { get; init; }

    public IReadOnlyList<TransferResult> Transfer { get; init; } = [];

    public FineTuningResult? FineTuning { get; init; }

    /// <summary>Plain statements derived from the numbers (which planner leads on what, where PPO does not win).</summary>
    public IReadOnlyList<string> Findings { get; init; } = [];

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');
        Line("## Protocol");
        Line();
        foreach (var p in Protocol) Line($"- {p}");
        Line();
        Line("## Held-out athletes (analogue of the study's Tables 3 and 4)");
        Line();
        Line("Mean over seeds [95 % CI]. Performance gain: change of the competition-performance index from the first morning to the morning after day 60 (fatigue included). Improved: share of athletes whose index rose. Energy, cost and CO₂ are the venue's per day for the training group. Planning time is wall time inside the planner per simulated day.");
        Line();
        Line("| planner | configuration | performance gain % | improved % | injuries / athlete | mean fatigue | energy kWh/day | cost /day | CO₂ kg/day | episode reward | planning ms/day | rounds to convergence | training s |");
        Line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in Planners)
        {
            Line($"| {r.Planner} | {r.Configuration} | {r.PerformanceGainPercent.Format()} | {r.ImprovedPercent.Format("0")} | {r.InjuriesPerAthlete.Format()} | {r.MeanFatigue.Format()} | "
                + $"{r.EnergyKilowattHoursPerDay.Format("0.0")} | {r.CostPerDay.Format("0.00")} | {r.Co2KilogramsPerDay.Format("0.0")} | {r.Reward.Format("0.0")} | "
                + $"{r.PlanningMillisecondsPerDay.Format("0.000")} | {r.ConvergenceRound.Format("0")} | {r.TrainingSeconds.Format("0.0")} |");
        }

        if (Transfer.Count > 0)
        {
            Line();
            Line("## Cross-population generalisation");
            Line();
            Line("Each learning planner trained on the university cohort and tested on another population's held-out athletes, next to the same planner trained on that population. The study reports a \"generalisation accuracy\"; the closest measurable analogue here is the share of athletes who improved.");
            Line();
            Line("| tested on | planner | trained on | performance gain % | improved % | episode reward |");
            Line("|---|---|---|---:|---:|---:|");
            foreach (var t in Transfer)
                Line($"| {t.TestedOn} | {t.Planner} | {t.TrainedOn} | {t.PerformanceGainPercent.Format()} | {t.ImprovedPercent.Format("0")} | {t.Reward.Format("0.0")} |");
        }

        if (FineTuning is { } f)
        {
            Line();
            Line("## Per-athlete fine-tuning on a twin");
            Line();
            Line($"Twin: {f.Twin} → {f.Athlete}. The population PPO policy (one per seed) is evaluated on the twin, fine-tuned on it for {f.Steps.ToString("N0", CultureInfo.InvariantCulture)} steps, and evaluated again on the same held-out noise seeds; differences are paired by seed.");
            Line();
            Line("| | performance gain % | episode reward |");
            Line("|---|---:|---:|");
            Line($"| fixed periodisation (reference) | {f.FixedGain.Format()} | {f.FixedReward.Format("0.0")} |");
            Line($"| population PPO | {f.GainBefore.Format()} | {f.RewardBefore.Format("0.0")} |");
            Line($"| fine-tuned PPO | {f.GainAfter.Format()} | {f.RewardAfter.Format("0.0")} |");
            Line($"| fine-tuning gain (paired) | {f.GainDifference.Format()} | {f.RewardDifference.Format("0.0")} |");
        }

        if (Findings.Count > 0)
        {
            Line();
            Line("## What the numbers say");
            Line();
            foreach (var finding in Findings) Line($"- {finding}");
        }

        return md.ToString();
    }
}
