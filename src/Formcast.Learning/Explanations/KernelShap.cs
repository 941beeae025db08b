using Formcast.Learning.Evaluation.Internal;

namespace Formcast.Learning.Explanations;

/// <summary>
/// Model-agnostic SHAP values by Kernel SHAP (Lundberg &amp; Lee 2017, NeurIPS, Theorem 2): the value of a coalition S
/// of features is the model's mean output when S takes the explained row's values and the other features take each
/// background row's values (interventional expectation); SHAP values are the weighted least-squares fit of those
/// coalition values with the Shapley kernel π(S) = (M − 1) / (C(M, |S|)·|S|·(M − |S|)), under the constraint that
/// they sum to f(x) − E[f] (the empty and full coalitions have infinite weight, so the constraint is eliminated
/// exactly by solving for one value from the others).
/// <para>
/// Features whose value equals every background row's are null players and get 0 without being enumerated. With at
/// most <see cref="KernelShapOptions.MaxExactFeatures"/> remaining, every coalition is evaluated and the fit returns
/// the exact Shapley values. Above it, whole coalition sizes (with their complements) are enumerated while the budget
/// covers their share of the kernel weight, smallest and largest sizes first, and the rest is sampled from the kernel
/// distribution in complementary pairs, duplicates adding weight — the sampling scheme of the reference
/// implementation (<c>shap.KernelExplainer</c>).
/// </para>
/// </summary>
public sealed class KernelShap
{
    private readonly Func<Matrix, double[]> _predict;
    private readonly Matrix _background;
    private readonly KernelShapOptions _options;

    /// <param name="predict">The model output to explain for a batch of rows (one value per row).</param>
    /// <param name="background">Rows standing for "feature unknown" (e.g. a sample of the training data; 50–200 rows).</param>
    /// <param name="options">Exact/sampling thresholds and seed; defaults when null.</param>
    public KernelShap(Func<Matrix, double[]> predict, Matrix background, KernelShapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(predict);
        ArgumentNullException.ThrowIfNull(background);
        if (background.Rows == 0) throw new ArgumentException("the background needs at least one row", nameof(background));
        _predict = predict;
        _background = background.Clone();
        _options = options ?? new KernelShapOptions();
        _options.Validate();
        BaseValue = Predict(_background).Average();
    }

    /// <summary>Explains a regressor's prediction.</summary>
    public static KernelShap ForRegressor(IRegressor model, Matrix background, KernelShapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new KernelShap(rows =>
        {
            var result = new double[rows.Rows];
            model.Predict(rows, result);
            return result;
        }, background, options);
    }

    /// <summary>Explains the probability of class <paramref name="classIndex"/> (default: the last, positive class).</summary>
    public static KernelShap ForClassifier(IClassifier model, Matrix background, int classIndex = -1, KernelShapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var k = classIndex < 0 ? model.Classes.Count - 1 : classIndex;
        if (k >= model.Classes.Count) throw new ArgumentOutOfRangeException(nameof(classIndex), classIndex, "no such class");
        return new KernelShap(rows =>
        {
            var result = new double[rows.Rows];
            var p = new double[model.Classes.Count];
            for (var r = 0; r < rows.Rows; r++)
            {
                model.PredictProbabilities(rows.Row(r), p);
                result[r] = p[k];
            }

            return result;
        }, background, options);
    }

    /// <summary>E[f] over the background rows.</summary>
    public double BaseValue { get; }

    public ShapExplanation Explain(ReadOnlySpan<double> instance)
    {
        if (instance.Length != _background.Columns)
            throw new ArgumentException($"the row has {instance.Length} features, the background {_background.Columns}", nameof(instance));
        var x = instance.ToArray();
        var prediction = Predict(Matrix.FromRows([x]))[0];
        var values = new double[x.Length];
        var varying = Enumerable.Range(0, x.Length).Where(j => Enumerable.Range(0, _background.Rows).Any(b => _background[b, j] != x[j])).ToArray();
        var delta = prediction - BaseValue;
        if (varying.Length == 0) return new ShapExplanation(BaseValue, values, prediction, Exact: true);
        if (varying.Length == 1)
        {
            values[varying[0]] = delta;
            return new ShapExplanation(BaseValue, values, prediction, Exact: true);
        }

        var m = varying.Length;
        var exact = m <= _options.MaxExactFeatures;
        var (masks, weights) = exact ? AllCoalitions(m) : SampledCoalitions(m);
        var coalitionValues = CoalitionValues(x, varying, masks);

        // Eliminate the last varying feature with the efficiency constraint, then solve the weighted least squares.
        var a = new double[masks.Count, m - 1];
        var b = new double[masks.Count];
        for (var s = 0; s < masks.Count; s++)
        {
            var root = Math.Sqrt(weights[s]);
            var last = masks[s][m - 1] ? 1.0 : 0.0;
            for (var j = 0; j < m - 1; j++) a[s, j] = root * ((masks[s][j] ? 1.0 : 0.0) - last);
            b[s] = root * (coalitionValues[s] - BaseValue - (last * delta));
        }

        var phi = HouseholderLeastSquares.Solve(a, b, Enumerable.Range(0, m - 1).ToArray());
        var sum = 0.0;
        for (var j = 0; j < m - 1; j++)
        {
            values[varying[j]] = phi[j];
            sum += phi[j];
        }

        values[varying[m - 1]] = delta - sum;
        return new ShapExplanation(BaseValue, values, prediction, exact);
    }

    /// <summary>Every non-empty proper subset, with its Shapley-kernel weight.</summary>
    private static (List<bool[]> Masks, List<double> Weights) AllCoalitions(int m)
    {
        var masks = new List<bool[]>((1 << m) - 2);
        var weights = new List<double>((1 << m) - 2);
        for (var bits = 1; bits < (1 << m) - 1; bits++)
        {
            var mask = new bool[m];
            var size = 0;
            for (var j = 0; j < m; j++)
            {
                mask[j] = ((bits >> j) & 1) == 1;
                if (mask[j]) size++;
            }

            masks.Add(mask);
            weights.Add((m - 1) / (Binomial(m, size) * size * (m - size)));
        }

        return (masks, weights);
    }

    private (List<bool[]> Masks, List<double> Weights) SampledCoalitions(int m)
    {
        var budget = _options.Samples > 0 ? _options.Samples : (2 * m) + 2048;
        var masks = new List<bool[]>();
        var weights = new List<double>();
        var sizes = (m - 1 + 1) / 2;
        var pairedSizes = (m - 1) / 2;

        // Share of the kernel weight carried by each size s (with its complement m − s when paired).
        var share = new double[sizes];
        for (var i = 0; i < sizes; i++)
        {
            var s = i + 1;
            share[i] = (m - 1.0) / (s * (m - s)) * (s <= pairedSizes ? 2 : 1);
        }

        var total = share.Sum();
        for (var i = 0; i < sizes; i++) share[i] /= total;

        var left = budget;
        var remaining = (double[])share.Clone();
        var fullSizes = 0;
        for (var i = 0; i < sizes; i++)
        {
            var s = i + 1;
            var count = Binomial(m, s) * (s <= pairedSizes ? 2 : 1);
            if (left * remaining[i] / count < 1 - 1e-8) break;
            fullSizes++;
            left -= (int)count;
            if (remaining[i] < 1)
            {
                var rest = 1 - remaining[i];
                for (var k = 0; k < sizes; k++) remaining[k] /= rest;
            }

            var weight = share[i] / Binomial(m, s) / (s <= pairedSizes ? 2 : 1);
            foreach (var subset in Subsets(m, s))
            {
                masks.Add(subset);
                weights.Add(weight);
                if (s <= pairedSizes)
                {
                    masks.Add(subset.Select(v => !v).ToArray());
                    weights.Add(weight);
                }
            }
        }

        if (fullSizes == sizes || left <= 0) return (masks, weights);

        var fixedCount = masks.Count;
        var draw = new double[sizes - fullSizes];
        for (var i = fullSizes; i < sizes; i++) draw[i - fullSizes] = share[i] / (i + 1 <= pairedSizes ? 2 : 1);
        var drawTotal = draw.Sum();
        var rng = new Rng(_options.Seed);
        var seen = new Dictionary<string, (int At, int Complement)>(StringComparer.Ordinal);
        for (var attempt = 0; left > 0 && attempt < 4 * budget; attempt++)
        {
            var u = rng.NextDouble() * drawTotal;
            var pick = 0;
            while (pick < draw.Length - 1 && u >= draw[pick])
            {
                u -= draw[pick];
                pick++;
            }

            var size = fullSizes + pick + 1;
            var order = rng.Permutation(m);
            var mask = new bool[m];
            for (var j = 0; j < size; j++) mask[order[j]] = true;
            var key = new string(mask.Select(v => v ? '1' : '0').ToArray());
            var paired = size <= pairedSizes;
            if (seen.TryGetValue(key, out var known))
            {
                weights[known.At]++;
                if (known.Complement >= 0) weights[known.Complement]++;
                continue;
            }

            var at = masks.Count;
            masks.Add(mask);
            weights.Add(1);
            left--;
            var complement = -1;
            if (paired && left > 0)
            {
                complement = masks.Count;
                masks.Add(mask.Select(v => !v).ToArray());
                weights.Add(1);
                left--;
            }

            seen[key] = (at, complement);
        }

        // The sampled coalitions share the kernel weight the enumerated sizes did not take, in proportion to draws.
        var weightLeft = share.Skip(fullSizes).Sum();
        var sampledTotal = weights.Skip(fixedCount).Sum();
        for (var i = fixedCount; i < weights.Count; i++) weights[i] *= weightLeft / sampledTotal;
        return (masks, weights);
    }

    /// <summary>v(S) = mean over background rows of f(row with S set to the explained values), batched.</summary>
    private double[] CoalitionValues(double[] x, int[] varying, List<bool[]> masks)
    {
        var n = _background.Rows;
        var d = _background.Columns;
        var values = new double[masks.Count];
        var perBatch = Math.Max(1, _options.BatchRows / n);
        for (var start = 0; start < masks.Count; start += perBatch)
        {
            var count = Math.Min(perBatch, masks.Count - start);
            var rows = new Matrix(count * n, d);
            for (var s = 0; s < count; s++)
            {
                var mask = masks[start + s];
                for (var b = 0; b < n; b++)
                {
                    var row = rows.Row((s * n) + b);
                    _background.Row(b).CopyTo(row);
                    for (var j = 0; j < varying.Length; j++)
                    {
                        if (mask[j]) row[varying[j]] = x[varying[j]];
                    }
                }
            }

            var output = Predict(rows);
            for (var s = 0; s < count; s++)
            {
                double sum = 0;
                for (var b = 0; b < n; b++) sum += output[(s * n) + b];
                values[start + s] = sum / n;
            }
        }

        return values;
    }

    private double[] Predict(Matrix rows)
    {
        var output = _predict(rows);
        if (output.Length != rows.Rows) throw new InvalidOperationException($"the model returned {output.Length} outputs for {rows.Rows} rows");
        return output;
    }

    private static IEnumerable<bool[]> Subsets(int m, int size)
    {
        var index = Enumerable.Range(0, size).ToArray();
        while (true)
        {
            var mask = new bool[m];
            foreach (var i in index) mask[i] = true;
            yield return mask;
            var k = size - 1;
            while (k >= 0 && index[k] == m - size + k) k--;
            if (k < 0) yield break;
            index[k]++;
            for (var j = k + 1; j < size; j++) index[j] = index[j - 1] + 1;
        }
    }

    private static double Binomial(int n, int k)
    {
        double result = 1;
        for (var i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return Math.Round(result);
    }
}
