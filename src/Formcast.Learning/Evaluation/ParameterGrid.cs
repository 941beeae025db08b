using System.Collections;

namespace Formcast.Learning.Evaluation;

/// <summary>
/// Every combination of the listed parameter values. Candidates are enumerated as scikit-learn's
/// <c>ParameterGrid</c> does: names in ordinal order, the last name varying fastest, values in the order given.
/// </summary>
public sealed class ParameterGrid : IEnumerable<ParameterSet>
{
    private readonly SortedDictionary<string, object[]> _axes = new(StringComparer.Ordinal);

    public ParameterGrid Add(string name, params double[] values) => AddAxis(name, values.Cast<object>());

    public ParameterGrid Add(string name, params int[] values) => AddAxis(name, values.Cast<object>());

    public ParameterGrid Add(string name, params string[] values) => AddAxis(name, values.Cast<object>());

    public ParameterGrid Add(string name, params bool[] values) => AddAxis(name, values.Cast<object>());

    /// <summary>Number of candidates.</summary>
    public int Count => _axes.Count == 0 ? 0 : _axes.Values.Aggregate(1, (n, v) => checked(n * v.Length));

    public IEnumerator<ParameterSet> GetEnumerator()
    {
        if (_axes.Count == 0) yield break;
        var names = _axes.Keys.ToArray();
        var values = _axes.Values.ToArray();
        var position = new int[names.Length];
        while (true)
        {
            yield return new ParameterSet(names.Select((n, i) => new KeyValuePair<string, object>(n, values[i][position[i]])));
            var axis = names.Length - 1;
            while (axis >= 0 && ++position[axis] == values[axis].Length)
            {
                position[axis] = 0;
                axis--;
            }

            if (axis < 0) yield break;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private ParameterGrid AddAxis(string name, IEnumerable<object> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var list = values.ToArray();
        if (list.Length == 0) throw new ArgumentException($"parameter '{name}' has no values", nameof(values));
        if (!_axes.TryAdd(name, list)) throw new ArgumentException($"parameter '{name}' is already in the grid", nameof(name));
        return this;
    }
}
