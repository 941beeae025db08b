using Formcast.Learning.Evaluation;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>How rows are held out: a name for tables ("held-out athletes"), the splitter, the sentence printed next to
/// every number it produced, and whether athletes are held out (then no athlete may be on both sides of a fold; a
/// later-time protocol deliberately tests the same athletes on later days).</summary>
internal sealed record EvaluationProtocol(string Name, ISplitter Splitter, string Description, bool HoldsOutAthletes = true)
{
    /// <summary>The folds, checked for athletes on both sides when the protocol holds athletes out.</summary>
    public IReadOnlyList<Fold> Split(Formcast.Learning.Dataset data)
    {
        var folds = Splitter.Split(data);
        if (HoldsOutAthletes) CrossValidation.EnsureNoGroupLeak(data, folds, Splitter);
        return folds;
    }

    /// <summary>Whole athletes held out: group k-fold over athletes (every athlete is tested once, by a model that never
    /// saw any of their rows); for a rare binary outcome the folds are balanced by positives (<see cref="BalancedGroupKFold"/>).</summary>
    public static EvaluationProtocol HeldOutAthletes(int athletes, int folds, bool balancePositives = false)
    {
        var k = Math.Min(folds, athletes);
        return balancePositives
            ? new EvaluationProtocol("held-out athletes", new BalancedGroupKFold(k),
                $"held-out athletes: group {k}-fold over {athletes} athletes, folds balanced by injured rows (each athlete tested once by a model that never saw them)")
            : new EvaluationProtocol("held-out athletes", new GroupKFold(k),
                $"held-out athletes: group {k}-fold over {athletes} athletes (each athlete tested once by a model that never saw them)");
    }

    /// <summary>Later time: an expanding window over prediction days, training rows at least <paramref name="purgeDays"/>
    /// days before each test window so no training label looks into it; the same athletes on both sides.</summary>
    public static EvaluationProtocol LaterTime(int folds, int purgeDays) =>
        new("later time", new TimeForwardSplit(folds, purgeDays, holdOutGroups: false),
            $"later time: {folds} expanding-window folds over prediction days, purge gap {purgeDays} days (train on earlier days, test on later days of the same athletes; the first block only trains)",
            HoldsOutAthletes: false);
}
