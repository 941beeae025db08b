using Formcast.Learning.Evaluation;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>How rows are held out: a name for tables ("held-out athletes"), the splitter, and the sentence printed
/// next to every number it produced.</summary>
internal sealed record EvaluationProtocol(string Name, ISplitter Splitter, string Description)
{
    /// <summary>Whole athletes held out: group k-fold over athletes (every athlete is tested once, by a model that never
    /// saw any of their rows).</summary>
    public static EvaluationProtocol HeldOutAthletes(int athletes, int folds)
    {
        var k = Math.Min(folds, athletes);
        return new EvaluationProtocol("held-out athletes", new GroupKFold(k),
            $"held-out athletes: group {k}-fold over {athletes} athletes (each athlete tested once by a model that never saw them)");
    }

    /// <summary>Later time: an expanding window over prediction days, training rows at least <paramref name="purgeDays"/>
    /// days before each test window so no training label looks into it; the same athletes on both sides.</summary>
    public static EvaluationProtocol LaterTime(int folds, int purgeDays) =>
        new("later time", new TimeForwardSplit(folds, purgeDays, holdOutGroups: false),
            $"later time: {folds} expanding-window folds over prediction days, purge gap {purgeDays} days (train on earlier weeks, test on later weeks; the first block only trains)");
}
