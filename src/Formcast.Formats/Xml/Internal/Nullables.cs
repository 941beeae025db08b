namespace Formcast.Formats.Xml.Internal;

/// <summary>Aggregates over optional values: absent values are skipped, and all-absent gives null.</summary>
internal static class Nullables
{
    public static double? Sum(IEnumerable<double?> values)
    {
        double? sum = null;
        foreach (var v in values)
        {
            if (v is { } x) sum = (sum ?? 0) + x;
        }

        return sum;
    }

    public static double? Max(IEnumerable<double?> values)
    {
        double? max = null;
        foreach (var v in values)
        {
            if (v is { } x && (max is null || x > max)) max = x;
        }

        return max;
    }

    public static DateTimeOffset? Earliest(IEnumerable<DateTimeOffset?> times)
    {
        DateTimeOffset? min = null;
        foreach (var t in times)
        {
            if (t is { } x && (min is null || x < min)) min = x;
        }

        return min;
    }

    public static DateTimeOffset? Latest(IEnumerable<DateTimeOffset?> times)
    {
        DateTimeOffset? max = null;
        foreach (var t in times)
        {
            if (t is { } x && (max is null || x > max)) max = x;
        }

        return max;
    }
}
