namespace Formcast.Learning.Ensembles;

/// <summary>A fitted <see cref="StackingRegressor"/>.</summary>
public sealed class StackingRegressorModel : IRegressor
{
    public const string KindName = "stacking-regressor";

    private readonly StackingLayer<IRegressor> _layer;

    internal StackingRegressorModel(StackingLayer<IRegressor> layer) => _layer = layer;

    public string Kind => KindName;

    public int FeatureCount => _layer.FeatureCount;

    /// <summary>The base models, refitted on all training rows.</summary>
    public IReadOnlyList<IModel> Bases => _layer.Bases;

    public IRegressor Meta => _layer.Meta;

    public double Predict(ReadOnlySpan<double> features)
    {
        Span<double> row = _layer.MetaWidth <= 256 ? stackalloc double[_layer.MetaWidth] : new double[_layer.MetaWidth];
        var meta = _layer.Prepare(features, row, out var used);
        return meta.Predict(row[..used]);
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _layer.Write(writer);
    }

    internal static StackingRegressorModel Read(ModelReader reader) => new(StackingLayer<IRegressor>.Read(reader, 1));
}
