using System.Globalization;
using Formcast.Learning;
using Formcast.Learning.Evaluation;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>
/// K folds of whole groups (athletes) balanced first by positive rows, then by rows: groups are taken by most
/// positives (then most rows, then lowest id) and each goes to the fold with the fewest positives so far (then fewest
/// rows, then lowest number). With rare injuries, plain group folds can leave a fold's training rows rich in injuries
/// exactly when its test athletes are poor in them; balancing keeps the training prevalence close across folds, which
/// is what the stratified group folds of scikit-learn aim at. A group is never on both sides of a fold.
/// </summary>
internal sealed class BalancedGroupKFold(int folds) : ISplitter
{
    public int Folds { get; } = folds >= 2 ? folds : throw new ArgumentOutOfRangeException(nameof(folds), folds, "folds must be at least 2");

    public IReadOnlyList<Fold> Split(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var groups = data.Groups ?? throw new ArgumentException("balanced group k-fold needs the dataset's groups", nameof(data));
        var positive = data.Classes()[^1];
        var ids = groups.Distinct().ToArray();
        if (ids.Length < Folds) throw new ArgumentException($"cannot make {Folds} folds from {ids.Length} groups", nameof(data));
        var order = ids.Select(id => (Id: id, Positives: Enumerable.Range(0, data.Rows).Count(r => groups[r] == id && data.Target[r] == positive), Rows: groups.Count(g => g == id)))
            .OrderByDescending(g => g.Positives).ThenByDescending(g => g.Rows).ThenBy(g => g.Id).ToArray();
        var positives = new int[Folds];
        var rows = new int[Folds];
        var foldOf = new Dictionary<int, int>();
        foreach (var g in order)
        {
            var best = 0;
            for (var f = 1; f < Folds; f++)
            {
                if (positives[f] < positives[best] || (positives[f] == positives[best] && rows[f] < rows[best])) best = f;
            }

            foldOf[g.Id] = best;
            positives[best] += g.Positives;
            rows[best] += g.Rows;
        }

        return [.. Enumerable.Range(0, Folds).Select(f => new Fold(f,
            [.. Enumerable.Range(0, data.Rows).Where(r => foldOf[groups[r]] != f)],
            [.. Enumerable.Range(0, data.Rows).Where(r => foldOf[groups[r]] == f)]))];
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"group {Folds}-fold balanced by positive rows");
}
