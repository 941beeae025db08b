namespace Formcast.Learning.Ensembles;

/// <summary>A fitted <see cref="StackingClassifier"/>: the meta-classifier's probabilities over the training classes.</summary>
public sealed class StackingClassifierModel : IClassifier
{
    public const string KindName = "stacking-classifier";

    private readonly StackingLayer<IClassifier> _layer;
    private readonly double[] _classes;

    internal StackingClassifierModel(StackingLayer<IClassifier> layer, double[] classes)
    {
        _layer = layer;
        _classes = classes;
    }

    public string Kind => KindName;

    public int FeatureCount => _layer.FeatureCount;

    public IReadOnlyList<double> Classes => _classes;

    public IReadOnlyList<IModel> Bases => _layer.Bases;

    public IClassifier Meta => _layer.Meta;

    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        Span<double> row = _layer.MetaWidth <= 256 ? stackalloc double[_layer.MetaWidth] : new double[_layer.MetaWidth];
        var meta = _layer.Prepare(features, row, out var used);
        Span<double> own = stackalloc double[meta.Classes.Count];
        meta.PredictProbabilities(row[..used], own);
        probabilities[.._classes.Length].Clear();
        for (var k = 0; k < own.Length; k++) probabilities[Array.BinarySearch(_classes, meta.Classes[k])] = own[k];
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteDoubles(_classes);
        _layer.Write(writer);
    }

    internal static StackingClassifierModel Read(ModelReader reader)
    {
        var classes = reader.ReadDoubles("stacking.classes");
        if (classes.Length < 2) throw reader.Error("stacking.classes", "fewer than two classes");
        var layer = StackingLayer<IClassifier>.Read(reader, classes.Length == 2 ? 1 : classes.Length);
        foreach (var c in layer.Meta.Classes)
        {
            if (Array.BinarySearch(classes, c) < 0) throw reader.Error("stacking.meta", $"the meta-model predicts unknown class {c}");
        }

        return new StackingClassifierModel(layer, classes);
    }
}
