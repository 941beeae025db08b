using System.Text.Json;
using Formcast.Learning.Evaluation;
using static Formcast.Learning.Tests.Evaluation.EvaluationFixtures;

namespace Formcast.Learning.Tests.Evaluation;

/// <summary>Index-level parity of the splitters with scikit-learn 1.2.1's KFold, StratifiedKFold, GroupKFold and
/// LeaveOneGroupOut (no shuffling), from bench/parity/evaluation.py.</summary>
public sealed class SplitterParityTests
{
    private static readonly JsonElement[] Cases = [.. Load("splits.json").Items("cases")];

    public static TheoryData<int> CaseIndices() => [.. Enumerable.Range(0, Cases.Length)];

    /// <summary>"GroupKFold(5): 40 groups, 283 rows" and the like, for the parity table.</summary>
    public static string Describe(int caseIndex)
    {
        var c = Cases[caseIndex];
        var kind = c.String("kind");
        var k = kind == "logo" ? "" : c.Int("k").ToString(System.Globalization.CultureInfo.InvariantCulture);
        var groups = c.IntsOrNull("groups");
        var name = kind switch { "kfold" => "KFold", "stratified" => "StratifiedKFold", "group" => "GroupKFold", _ => "LeaveOneGroupOut" };
        return $"{name}({k}): {c.Int("n")} rows" + (groups is null ? "" : $", {groups.Distinct().Count()} groups");
    }

    [Theory]
    [MemberData(nameof(CaseIndices))]
    public void Folds_AreScikitLearnsIndexForIndex(int caseIndex)
    {
        var c = Cases[caseIndex];
        var n = c.Int("n");
        var y = c.DoublesOrNull("y") ?? new double[n];
        var groups = c.IntsOrNull("groups");
        var data = new Dataset(new Matrix(n, 1), y, groups: groups);
        ISplitter splitter = c.String("kind") switch
        {
            "kfold" => new KFold(c.Int("k")),
            "stratified" => new StratifiedKFold(c.Int("k")),
            "group" => new GroupKFold(c.Int("k")),
            "logo" => new LeaveOneGroupOut(),
            var kind => throw new InvalidOperationException(kind),
        };

        var folds = splitter.Split(data);
        var expected = c.Items("folds").ToArray();
        Assert.Equal(expected.Length, folds.Count);
        for (var f = 0; f < expected.Length; f++)
        {
            Assert.Equal(expected[f].Ints("test"), folds[f].Test);
            Assert.Equal(expected[f].Ints("train"), folds[f].Train);
        }
    }
}
