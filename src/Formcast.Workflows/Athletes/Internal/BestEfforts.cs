using Formcast.Signals;

namespace Formcast.Workflows.Athletes;

/// <summary>
/// Best efforts of fixed durations inside recorded sessions, the input of critical speed and critical power. Streams
/// are put on a 1-Hz clock first (Signals' resampling), so every window is exactly the duration asked for; pauses longer
/// than <see cref="MaxGapSeconds"/> are not bridged.
/// </summary>
internal static class BestEfforts
{
    /// <summary>Durations inside the 2–15 min range the two-parameter model describes (Jones et al. 2010).</summary>
    public static IReadOnlyList<int> DurationsSeconds { get; } = [180, 300, 480, 720];

    /// <summary>Longest recording gap bridged, seconds.</summary>
    public const double MaxGapSeconds = 5;

    /// <summary>Most metres covered in any <paramref name="seconds"/>-long window: cumulative distance linearly
    /// interpolated to 1 Hz, windows whose ends fall in a pause skipped. NaN when the session is shorter.</summary>
    public static double MaxDistance(ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> distanceMeters, int seconds)
    {
        var grid = OneHertz(timeSeconds, distanceMeters, linear: true);
        var best = double.NaN;
        for (var i = 0; i + seconds < grid.Length; i++)
        {
            var covered = grid[i + seconds] - grid[i];
            if (double.IsFinite(covered) && !(covered <= best)) best = covered;
        }

        return best;
    }

    /// <summary>Highest mean power over any <paramref name="seconds"/>-long window: power held to 1 Hz (sample-and-hold for
    /// up to <see cref="MaxGapSeconds"/>, so a short dropout keeps the last value), longer dropouts and pauses counted as 0 W
    /// (as normalised power treats stops). NaN when the session is shorter.</summary>
    public static double MaxMeanPower(ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> powerWatts, int seconds)
    {
        var grid = OneHertz(timeSeconds, powerWatts, linear: false);
        if (grid.Length < seconds) return double.NaN;
        for (var i = 0; i < grid.Length; i++)
        {
            if (double.IsNaN(grid[i])) grid[i] = 0;
        }

        var means = new double[grid.Length];
        Smoothing.MovingMean(grid, seconds, WindowAlignment.Trailing, means);
        var best = double.NaN;
        for (var i = seconds - 1; i < means.Length; i++)
        {
            if (!(means[i] <= best)) best = means[i];
        }

        return best;
    }

    private static double[] OneHertz(ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> values, bool linear)
    {
        if (timeSeconds.Length == 0) return [];
        var grid = new double[Resampling.SampleCount(timeSeconds[0], timeSeconds[^1], 1)];
        if (linear) Resampling.Linear(timeSeconds, values, timeSeconds[0], 1, MaxGapSeconds, grid);
        else Resampling.PreviousValue(timeSeconds, values, timeSeconds[0], 1, MaxGapSeconds, grid);
        return grid;
    }
}
