using Formcast.Learning;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>The family a <see cref="SelectingRegressor"/> chose, fitted, with every candidate's inner MSE. Saves as the
/// inner model's kind.</summary>
internal sealed class SelectedRegressorModel(string family, IRegressor model, (string Family, double Mse)[] scores) : IRegressor
{
    public string Family { get; } = family;

    public IRegressor Model { get; } = model;

    public IReadOnlyList<(string Family, double Mse)> Scores { get; } = scores;

    public string Kind => Model.Kind;

    public int FeatureCount => Model.FeatureCount;

    public double Predict(ReadOnlySpan<double> features) => Model.Predict(features);

    public void WritePayload(ModelWriter writer) => Model.WritePayload(writer);
}
