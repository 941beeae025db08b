namespace Formcast.Formats.Fit.Internal;

/// <summary>Where each field of a definition keeps its elements in a materialized <see cref="FitMessage"/>.</summary>
internal sealed class FitMessageLayout
{
    private FitMessageLayout(int[] valueStart, int[] stringIndex, int valueCount, int stringCount)
    {
        ValueStart = valueStart;
        StringIndex = stringIndex;
        ValueCount = valueCount;
        StringCount = stringCount;
    }

    /// <summary>Per definition field: first slot in the value array (-1 for strings).</summary>
    public int[] ValueStart { get; }

    /// <summary>Per definition field: slot in the string array (-1 for non-strings).</summary>
    public int[] StringIndex { get; }

    public int ValueCount { get; }

    public int StringCount { get; }

    public static FitMessageLayout Build(FitDefinition definition)
    {
        var fields = definition.Fields;
        var valueStart = new int[fields.Length];
        var stringIndex = new int[fields.Length];
        var values = 0;
        var strings = 0;
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].BaseType == FitBaseType.String)
            {
                valueStart[i] = -1;
                stringIndex[i] = strings++;
            }
            else
            {
                valueStart[i] = values;
                stringIndex[i] = -1;
                values += fields[i].ElementCount;
            }
        }

        return new FitMessageLayout(valueStart, stringIndex, values, strings);
    }
}
