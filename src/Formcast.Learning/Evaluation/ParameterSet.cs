using System.Globalization;

namespace Formcast.Learning.Evaluation;

/// <summary>One point of a <see cref="ParameterGrid"/>: named values, in name order, that a learner factory turns into
/// options. Values are doubles, integers, strings or booleans.</summary>
public sealed class ParameterSet
{
    private readonly KeyValuePair<string, object>[] _values;

    public ParameterSet(IEnumerable<KeyValuePair<string, object>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = values.OrderBy(v => v.Key, StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<KeyValuePair<string, object>> Values => _values;

    public object this[string name] => Find(name);

    public double GetDouble(string name) => Find(name) switch
    {
        double d => d,
        int i => i,
        var other => throw new InvalidOperationException($"parameter '{name}' is {other.GetType().Name}, not a number"),
    };

    public int GetInt32(string name) => Find(name) is int i ? i : throw new InvalidOperationException($"parameter '{name}' is not an integer");

    public string GetString(string name) => Find(name) is string s ? s : throw new InvalidOperationException($"parameter '{name}' is not a string");

    public bool GetBoolean(string name) => Find(name) is bool b ? b : throw new InvalidOperationException($"parameter '{name}' is not a boolean");

    public bool Contains(string name) => _values.Any(v => v.Key == name);

    /// <summary>"name=value, …" with invariant formatting.</summary>
    public override string ToString() =>
        string.Join(", ", _values.Select(v => $"{v.Key}={Convert.ToString(v.Value, CultureInfo.InvariantCulture)}"));

    private object Find(string name)
    {
        foreach (var v in _values)
        {
            if (v.Key == name) return v.Value;
        }

        throw new KeyNotFoundException($"no parameter '{name}' in {{{this}}}");
    }
}
