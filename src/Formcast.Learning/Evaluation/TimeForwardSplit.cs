using System.Globalization;
using System.Text;

namespace Formcast.Learning.Evaluation;

/// <summary>
/// Splits along <see cref="Dataset.Time"/> so that a model is always tested on a window it could not have seen.
/// <para>
/// Forward mode (default): rows sorted by time are cut into k + 1 blocks of ⌊n/(k + 1)⌋ rows (the first absorbs the
/// remainder), as scikit-learn's <c>TimeSeriesSplit</c> does, and fold i tests on block i + 1 and trains on every
/// earlier row (an expanding window). Block edges move forward to the next change of time so one time value is never
/// split across windows.
/// </para>
/// <para>
/// <see cref="PurgeGap"/> drops training rows whose time is within the gap before the test window: when a row's
/// label looks ahead (e.g. "injured within the next 7 days"), rows closer than the horizon to the window share label
/// days with it (López de Prado 2018, <i>Advances in Financial Machine Learning</i>, §7.4.1 "purging"). With
/// <see cref="TrainOnLaterData"/> the time axis is cut into k blocks and training also uses rows after the window,
/// minus an <see cref="Embargo"/> after it (§7.4.2), i.e. purged k-fold; the embargo has no meaning when training only
/// precedes the test, so it must then be 0.
/// </para>
/// <para>
/// When the data has groups and <see cref="HoldOutGroups"/> is set (default), groups are also dealt to k folds as by
/// <see cref="GroupKFold"/>, and fold i tests only the rows of group fold i inside its window and trains only on the
/// other groups: held-out athletes at a later time, never a group on both sides. Each athlete is then tested in one
/// window, so the test rows cover about 1/(k + 1) of the data instead of k/(k + 1).
/// </para>
/// </summary>
public sealed class TimeForwardSplit : ISplitter
{
    public TimeForwardSplit(int folds = 5, double purgeGap = 0, double embargo = 0, bool trainOnLaterData = false, bool holdOutGroups = true)
    {
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), folds, "folds must be at least 2");
        OptionCheck.NonNegative(purgeGap, nameof(purgeGap));
        OptionCheck.NonNegative(embargo, nameof(embargo));
        if (embargo > 0 && !trainOnLaterData)
            throw new ArgumentOutOfRangeException(nameof(embargo), embargo, "embargo applies only when training also uses data after the test window (trainOnLaterData)");
        Folds = folds;
        PurgeGap = purgeGap;
        Embargo = embargo;
        TrainOnLaterData = trainOnLaterData;
        HoldOutGroups = holdOutGroups;
    }

    public int Folds { get; }

    /// <summary>Training rows must end more than this many time units before the test window starts.</summary>
    public double PurgeGap { get; }

    /// <summary>Training rows must start more than this many time units after the test window ends.</summary>
    public double Embargo { get; }

    public bool TrainOnLaterData { get; }

    public bool HoldOutGroups { get; }

    public IReadOnlyList<Fold> Split(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var time = data.Time ?? throw new ArgumentException("a time-forward split needs the dataset's time column", nameof(data));
        var n = time.Length;
        if (time.Any(t => !double.IsFinite(t))) throw new ArgumentException("time values must be finite", nameof(data));

        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (a, b) => time[a] != time[b] ? time[a].CompareTo(time[b]) : a.CompareTo(b));

        var blocks = TrainOnLaterData ? Folds : Folds + 1;
        var blockSize = n / blocks;
        if (blockSize == 0) throw new ArgumentException($"cannot cut {n} rows into {blocks} time blocks", nameof(data));
        var firstWindow = TrainOnLaterData ? 0 : 1;
        var edges = new int[Folds + 1];
        for (var i = 0; i <= Folds; i++)
        {
            var edge = n - ((Folds - i) * blockSize);
            if (TrainOnLaterData && i == 0) edge = 0;
            while (edge > 0 && edge < n && time[order[edge]] == time[order[edge - 1]]) edge++;
            edges[i] = edge;
        }

        for (var i = 0; i < Folds; i++)
        {
            if (edges[i] >= edges[i + 1])
                throw new ArgumentException($"time window {i + firstWindow + 1} is empty: too many rows share a time for {Folds} folds", nameof(data));
        }

        var groupFold = HoldOutGroups && data.Groups is { } groups ? GroupKFold.AssignRows(groups, Folds) : null;
        var folds = new Fold[Folds];
        for (var i = 0; i < Folds; i++)
        {
            var start = time[order[edges[i]]];
            var end = time[order[edges[i + 1] - 1]];
            var test = new List<int>();
            for (var p = edges[i]; p < edges[i + 1]; p++)
            {
                var r = order[p];
                if (groupFold is null || groupFold[r] == i) test.Add(r);
            }

            var train = new List<int>();
            for (var r = 0; r < n; r++)
            {
                if (groupFold is not null && groupFold[r] == i) continue;
                var before = time[r] + PurgeGap < start;
                var after = TrainOnLaterData && time[r] - Embargo > end;
                if (before || after) train.Add(r);
            }

            if (test.Count == 0)
                throw new ArgumentException($"fold {i + 1} has no test rows: no row of its held-out groups falls in its time window", nameof(data));
            if (train.Count == 0)
                throw new ArgumentException($"fold {i + 1} has no training rows before its time window (purge gap {PurgeGap.ToString(CultureInfo.InvariantCulture)})", nameof(data));
            test.Sort();
            folds[i] = new Fold(i, train.ToArray(), test.ToArray());
        }

        return folds;
    }

    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"time-forward {Folds} folds");
        text.Append(TrainOnLaterData ? " (purged k-fold over time blocks)" : " (expanding window)");
        text.Append(CultureInfo.InvariantCulture, $", purge gap {PurgeGap}");
        if (TrainOnLaterData) text.Append(CultureInfo.InvariantCulture, $", embargo {Embargo}");
        if (HoldOutGroups) text.Append(", groups held out when present");
        return text.ToString();
    }
}
