using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Formcast.Analytics;

/// <summary>
/// A small read-only metric dictionary backed by two arrays. An athlete-day carries about twenty metrics and millions of
/// days are computed in a full recomputation; a hash dictionary per day costs several times the memory, and lookups by
/// linear scan over twenty ordinal keys are as fast as hashing. Keys are unique (later additions replace earlier ones).
/// </summary>
internal sealed class MetricSet : IReadOnlyDictionary<string, double>
{
    private readonly string[] _keys;
    private readonly double[] _values;

    private MetricSet(string[] keys, double[] values)
    {
        _keys = keys;
        _values = values;
    }

    public double this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no metric '{key}'");

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<double> Values => _values;

    public int Count => _keys.Length;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out double value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _values[i] : 0;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, double>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++) yield return new KeyValuePair<string, double>(_keys[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal)) return i;
        }

        return -1;
    }

    /// <summary>Collects metrics in order; <see cref="Build"/> freezes them.</summary>
    internal sealed class Builder(int capacity)
    {
        private readonly List<string> _keys = new(capacity);
        private readonly List<double> _values = new(capacity);

        public void Set(string key, double value)
        {
            var i = _keys.IndexOf(key);
            if (i >= 0) _values[i] = value;
            else
            {
                _keys.Add(key);
                _values.Add(value);
            }
        }

        public MetricSet Build() => new([.. _keys], [.. _values]);
    }
}
