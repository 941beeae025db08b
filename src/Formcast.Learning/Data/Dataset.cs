namespace Formcast.Learning;

/// <summary>
/// Features, target and the sample metadata evaluation needs: feature names, optional groups (e.g. athlete ids,
/// for grouped cross-validation), optional sample weights and optional time order (for time-forward splits).
/// For classification the target holds class labels as doubles (e.g. 0 and 1).
/// </summary>
public sealed class Dataset
{
    public Dataset(Matrix features, double[] target, IReadOnlyList<string>? featureNames = null,
        int[]? groups = null, double[]? weights = null, double[]? time = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(target);
        if (target.Length != features.Rows) throw new ArgumentException($"target has {target.Length} values for {features.Rows} rows", nameof(target));
        if (groups is not null && groups.Length != features.Rows) throw new ArgumentException("groups length differs from rows", nameof(groups));
        if (weights is not null && weights.Length != features.Rows) throw new ArgumentException("weights length differs from rows", nameof(weights));
        if (time is not null && time.Length != features.Rows) throw new ArgumentException("time length differs from rows", nameof(time));
        featureNames ??= Enumerable.Range(0, features.Columns).Select(i => $"x{i}").ToArray();
        if (featureNames.Count != features.Columns) throw new ArgumentException("feature names differ from columns", nameof(featureNames));
        Features = features;
        Target = target;
        FeatureNames = featureNames;
        Groups = groups;
        Weights = weights;
        Time = time;
    }

    public Matrix Features { get; }

    public double[] Target { get; }

    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>Group of each row (e.g. athlete), or null.</summary>
    public int[]? Groups { get; }

    /// <summary>Weight of each row, or null for equal weights.</summary>
    public double[]? Weights { get; }

    /// <summary>Time of each row (any monotone unit, e.g. day number), or null.</summary>
    public double[]? Time { get; }

    public int Rows => Features.Rows;

    public int Columns => Features.Columns;

    /// <summary>The rows at <paramref name="rows"/> with all their metadata.</summary>
    public Dataset Subset(ReadOnlySpan<int> rows)
    {
        var idx = rows.ToArray();
        return new Dataset(
            Features.SelectRows(rows),
            idx.Select(i => Target[i]).ToArray(),
            FeatureNames,
            Groups is null ? null : idx.Select(i => Groups[i]).ToArray(),
            Weights is null ? null : idx.Select(i => Weights[i]).ToArray(),
            Time is null ? null : idx.Select(i => Time[i]).ToArray());
    }

    /// <summary>The same rows with only the given feature columns.</summary>
    public Dataset WithColumns(ReadOnlySpan<int> columns)
    {
        var names = new string[columns.Length];
        for (var j = 0; j < columns.Length; j++) names[j] = FeatureNames[columns[j]];
        return new Dataset(Features.SelectColumns(columns), Target, names, Groups, Weights, Time);
    }

    /// <summary>The distinct class labels in ascending order.</summary>
    public double[] Classes() => Target.Distinct().Order().ToArray();
}
