using Formcast.Learning.Evaluation;

namespace Formcast.Learning.Ensembles;

/// <summary>
/// What both stacking learners share: out-of-fold base predictions as meta-features, the meta-model fitted on them,
/// one fallback meta-model per base fitted without that base's columns, and the training means of every column.
/// <para>
/// Missing base input (documented fallback): a base model whose prediction for a row is NaN — e.g. its inputs were
/// not measured that day — is treated as absent. With one base absent the prediction comes from the meta-model fitted
/// without that base (an honest model of the remaining evidence, not a guess of the missing one). With two or more
/// absent (or the only input absent), their columns take their training out-of-fold means and the full meta-model
/// predicts.
/// </para>
/// </summary>
internal sealed class StackingLayer<TMeta>
    where TMeta : IModel
{
    public StackingLayer(IModel[] bases, int[] baseWidths, TMeta meta, TMeta[] fallbacks, double[] columnMeans, bool passthrough, int featureCount)
    {
        Bases = bases;
        BaseWidths = baseWidths;
        Meta = meta;
        Fallbacks = fallbacks;
        ColumnMeans = columnMeans;
        Passthrough = passthrough;
        FeatureCount = featureCount;
    }

    public IModel[] Bases { get; }

    /// <summary>Meta-feature columns contributed by each base.</summary>
    public int[] BaseWidths { get; }

    public TMeta Meta { get; }

    /// <summary>Fallbacks[j]: the meta-model fitted without base j's columns.</summary>
    public TMeta[] Fallbacks { get; }

    public double[] ColumnMeans { get; }

    public bool Passthrough { get; }

    public int FeatureCount { get; }

    public int MetaWidth => BaseWidths.Sum() + (Passthrough ? FeatureCount : 0);

    /// <summary>
    /// Fits the layer: out-of-fold predictions of every base (each row tested once by <paramref name="splitter"/>),
    /// then the meta-model and the fallbacks, then the bases on all rows.
    /// </summary>
    public static StackingLayer<TMeta> Fit<TBase>(IReadOnlyList<ILearner<TBase>> bases, ILearner<TMeta> meta, Dataset data, ISplitter splitter,
        bool passthrough, double[]? classes)
        where TBase : IModel
    {
        if (bases.Count == 0) throw new ArgumentException("stacking needs at least one base learner", nameof(bases));
        var folds = splitter.Split(data);
        CrossValidation.EnsureNoGroupLeak(data, folds, splitter);
        var tested = new int[data.Rows];
        foreach (var f in folds)
        {
            foreach (var r in f.Test) tested[r]++;
        }

        if (tested.Any(t => t != 1))
            throw new ArgumentException($"stacking needs a splitter that tests every row exactly once; {splitter.Describe()} does not", nameof(splitter));

        var widths = bases.Select(_ => classes is null ? 1 : classes.Length == 2 ? 1 : classes.Length).ToArray();
        var width = widths.Sum() + (passthrough ? data.Columns : 0);
        var metaFeatures = new Matrix(data.Rows, width);
        var offset = 0;
        for (var b = 0; b < bases.Count; b++)
        {
            foreach (var fold in folds)
            {
                var model = bases[b].Fit(data.Subset(fold.Train));
                var test = data.Subset(fold.Test);
                var predictions = Predictions.Of(model, test, classes);
                for (var i = 0; i < fold.Test.Length; i++) Write(predictions, i, metaFeatures.Row(fold.Test[i]).Slice(offset, widths[b]));
            }

            offset += widths[b];
        }

        if (passthrough)
        {
            for (var r = 0; r < data.Rows; r++) data.Features.Row(r).CopyTo(metaFeatures.Row(r)[offset..]);
        }

        var means = new double[width];
        for (var c = 0; c < width; c++) means[c] = metaFeatures.Column(c).Average();
        var names = Enumerable.Range(0, width).Select(c => $"meta{c}").ToArray();
        var metaData = new Dataset(metaFeatures, data.Target, names, data.Groups, data.Weights, data.Time);
        var fitted = meta.Fit(metaData);
        var fallbacks = new TMeta[bases.Count];
        var start = 0;
        for (var b = 0; b < bases.Count; b++)
        {
            var keep = Enumerable.Range(0, width).Where(c => c < start || c >= start + widths[b]).ToArray();
            fallbacks[b] = keep.Length == 0 ? fitted : meta.Fit(metaData.WithColumns(keep));
            start += widths[b];
        }

        var full = bases.Select(l => (IModel)l.Fit(data)).ToArray();
        return new StackingLayer<TMeta>(full, widths, fitted, fallbacks, means, passthrough, data.Columns);
    }

    /// <summary>
    /// Assembles the meta-feature row for <paramref name="features"/> and returns the meta-model to apply (the full one,
    /// or a fallback with <paramref name="metaRow"/> trimmed to its columns).
    /// </summary>
    public TMeta Prepare(ReadOnlySpan<double> features, Span<double> metaRow, out int used)
    {
        var missing = new bool[Bases.Length];
        var offset = 0;
        var classesBuffer = new double[Math.Max(1, BaseWidths.Max() + 1)];
        for (var b = 0; b < Bases.Length; b++)
        {
            var target = metaRow.Slice(offset, BaseWidths[b]);
            switch (Bases[b])
            {
                case IRegressor regressor:
                    target[0] = regressor.Predict(features);
                    break;
                case IClassifier classifier:
                    var p = classesBuffer.AsSpan(0, classifier.Classes.Count);
                    classifier.PredictProbabilities(features, p);
                    if (BaseWidths[b] == 1) target[0] = p[^1];
                    else p[..BaseWidths[b]].CopyTo(target);
                    break;
            }

            foreach (var v in target) missing[b] |= double.IsNaN(v);
            offset += BaseWidths[b];
        }

        if (Passthrough) features.CopyTo(metaRow[offset..]);
        used = MetaWidth;
        var absent = missing.Count(m => m);
        if (absent == 0) return Meta;
        var only = Array.IndexOf(missing, true);
        if (absent == 1 && BaseWidths[only] < MetaWidth)
        {
            var b = only;
            var start = BaseWidths.Take(b).Sum();
            metaRow[(start + BaseWidths[b])..used].CopyTo(metaRow[start..]);
            used -= BaseWidths[b];
            return Fallbacks[b];
        }

        offset = 0;
        for (var b = 0; b < Bases.Length; b++)
        {
            if (missing[b])
            {
                for (var c = offset; c < offset + BaseWidths[b]; c++) metaRow[c] = ColumnMeans[c];
            }

            offset += BaseWidths[b];
        }

        return Meta;
    }

    public void Write(ModelWriter writer)
    {
        writer.WriteInt32(FeatureCount);
        writer.WriteBool(Passthrough);
        writer.WriteInt32s(BaseWidths);
        foreach (var b in Bases) writer.WriteModel(b);
        writer.WriteModel(Meta);
        foreach (var f in Fallbacks) writer.WriteModel(f);
        writer.WriteDoubles(ColumnMeans);
    }

    public static StackingLayer<TMeta> Read(ModelReader reader, int maxWidth)
    {
        var features = reader.ReadInt32("stacking.features", 0, int.MaxValue);
        var passthrough = reader.ReadBool("stacking.passthrough");
        var widths = reader.ReadInt32s("stacking.widths", 1, maxWidth);
        if (widths.Length == 0) throw reader.Error("stacking.widths", "no base models");
        var bases = new IModel[widths.Length];
        for (var b = 0; b < bases.Length; b++)
        {
            bases[b] = reader.ReadModel("stacking.base");
            if (bases[b].FeatureCount != features) throw reader.Error("stacking.base", $"base {b} takes {bases[b].FeatureCount} features, expected {features}");
        }

        var width = widths.Sum() + (passthrough ? features : 0);
        var meta = ReadMeta(reader, width);
        var fallbacks = new TMeta[widths.Length];
        for (var b = 0; b < fallbacks.Length; b++) fallbacks[b] = ReadMeta(reader, width == widths[b] ? width : width - widths[b]);
        var means = reader.ReadDoubles("stacking.means", width);
        return new StackingLayer<TMeta>(bases, widths, meta, fallbacks, means, passthrough, features);
    }

    private static TMeta ReadMeta(ModelReader reader, int width)
    {
        if (reader.ReadModel("stacking.meta") is not TMeta meta) throw reader.Error("stacking.meta", $"the meta-model is not a {typeof(TMeta).Name}");
        if (meta.FeatureCount != width) throw reader.Error("stacking.meta", $"the meta-model takes {meta.FeatureCount} inputs, expected {width}");
        return meta;
    }

    private static void Write(Predictions predictions, int row, Span<double> destination)
    {
        if (!predictions.IsClassification)
        {
            destination[0] = predictions.Values![row];
            return;
        }

        var p = predictions.Probabilities!.Row(row);
        if (destination.Length == 1) destination[0] = p[^1];
        else p.CopyTo(destination);
    }
}
