using Formcast.Core;
using Formcast.Learning;
using Formcast.Workflows.Predictions.Data;

namespace Formcast.Workflows.Predictions.Features;

/// <summary>
/// Prediction rows of a cohort: one per athlete and prediction day, features taken from the athlete's state at the end
/// of the previous day, the group of each row is its athlete (index in the cohort) and its time the prediction day
/// (day number), so group and time-forward splits can hold athletes and later days out.
/// </summary>
internal sealed class CohortRows
{
    public CohortRows(Cohort cohort, Dataset data, IReadOnlyList<FeatureInfo> features, IReadOnlyList<RowKey> keys, string label)
    {
        Cohort = cohort;
        Data = data;
        Features = features;
        Keys = keys;
        Label = label;
    }

    public Cohort Cohort { get; }

    public Dataset Data { get; }

    public IReadOnlyList<FeatureInfo> Features { get; }

    /// <summary>Athlete and prediction day of each row.</summary>
    public IReadOnlyList<RowKey> Keys { get; }

    /// <summary>What the target means, in one sentence.</summary>
    public string Label { get; }

    public CohortAthlete AthleteOf(int row) => Cohort.Athletes[Keys[row].Athlete];

    /// <summary>Person columns added to every row.</summary>
    public static IReadOnlyList<FeatureInfo> PersonFeatures { get; } =
    [
        new("age_years", "age", "years", "person"),
        new("sex_male", "male", "0/1", "person"),
    ];

    /// <summary>
    /// Chooses the columns to keep: all of <paramref name="candidates"/> that vary across the rows (a constant or
    /// never-observed column carries no information and upsets scaling), or exactly <paramref name="required"/> when
    /// given (an external test set must have the training columns, even constant ones).
    /// </summary>
    public static int[] ChooseColumns(IReadOnlyList<double[]> rows, IReadOnlyList<FeatureInfo> candidates, IReadOnlyList<string>? required)
    {
        if (required is not null)
        {
            return [.. required.Select(name =>
            {
                var i = candidates.Select(c => c.Name).ToList().IndexOf(name);
                return i >= 0 ? i : throw new ArgumentException($"the data have no feature '{name}'", nameof(required));
            })];
        }

        var keep = new List<int>();
        for (var c = 0; c < candidates.Count; c++)
        {
            double? first = null;
            var varies = false;
            foreach (var row in rows)
            {
                var v = row[c];
                if (double.IsNaN(v)) continue;
                if (first is null) first = v;
                else if (v != first)
                {
                    varies = true;
                    break;
                }
            }

            if (varies) keep.Add(c);
        }

        return [.. keep];
    }

    /// <summary>Person values of <paramref name="athlete"/> in the order of <see cref="PersonFeatures"/>.</summary>
    public static double[] PersonValues(CohortAthlete athlete) =>
    [
        athlete.AgeYears ?? double.NaN,
        athlete.Sex switch
        {
            Sex.Male => 1,
            Sex.Female => 0,
            _ => double.NaN,
        },
    ];

    /// <summary>Builds the dataset from full candidate rows, keeping <paramref name="columns"/>.</summary>
    public static (Dataset Data, IReadOnlyList<FeatureInfo> Features) Assemble(IReadOnlyList<double[]> rows, IReadOnlyList<FeatureInfo> candidates, int[] columns,
        double[] target, IReadOnlyList<RowKey> keys)
    {
        var matrix = new Matrix(rows.Count, columns.Length);
        for (var r = 0; r < rows.Count; r++)
        {
            var destination = matrix.Row(r);
            for (var j = 0; j < columns.Length; j++) destination[j] = rows[r][columns[j]];
        }

        var features = columns.Select(c => candidates[c]).ToArray();
        var data = new Dataset(matrix, target, [.. features.Select(f => f.Name)],
            [.. keys.Select(k => k.Athlete)], time: [.. keys.Select(k => (double)k.Date.DayNumber)]);
        return (data, features);
    }
}
