using Formcast.Learning;
using Formcast.Learning.Drift;
using Formcast.Learning.Evaluation;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>
/// Out-of-distribution warnings for held-out rows: in each fold a k-nearest-neighbour distance detector
/// (<see cref="DistanceOodDetector"/>, 5th neighbour, threshold at the 95th percentile of the training rows' own
/// distances) is fitted on the fold's training rows, median-filled and standardised with the fold's training
/// statistics, and asked about each test row. About 5 % of rows like the training data are flagged by construction;
/// many more mean the held-out athletes look unlike the ones the model learned from.
/// </summary>
internal static class OodCheck
{
    /// <summary>Per row: true when flagged, false when not, null when the row was not tested.</summary>
    public static bool?[] Run(Dataset data, IReadOnlyList<Fold> folds, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        var flags = new bool?[data.Rows];
        foreach (var fold in folds)
        {
            var train = data.Features.SelectRows(fold.Train);
            var preprocessor = Preprocessor.Fit(train, scale: true);
            var options = new DistanceOodOptions { Seed = seed, Standardize = false };
            if (fold.Train.Length <= options.Neighbors) continue;
            var detector = new DistanceOodDetector(options).Fit(preprocessor.Transform(train));
            var row = new double[data.Columns];
            foreach (var r in fold.Test)
            {
                preprocessor.Transform(data.Features.Row(r), row);
                flags[r] = detector.IsOutOfDistribution(row);
            }
        }

        return flags;
    }
}
