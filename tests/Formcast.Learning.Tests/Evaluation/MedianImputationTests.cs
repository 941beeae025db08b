using Formcast.Learning.Baselines;
using Formcast.Learning.Evaluation;

namespace Formcast.Learning.Tests.Evaluation;

public sealed class MedianImputationTests
{
    [Fact]
    public void ColumnMedians_IgnoreMissingValues()
    {
        var x = Matrix.FromRows([[1.0, double.NaN, double.NaN], [3, 2, double.NaN], [10, 4, double.NaN], [double.NaN, 9, double.NaN]]);
        Assert.Equal([3, 4, 0], MedianImputation.ColumnMedians(x));
    }

    [Fact]
    public void Imputation_IsLearnedFromTrainingRowsOnly()
    {
        // Training column 0 = {1, 2, 3} → median 2; a test row with NaN must be filled with 2, not a test statistic.
        var train = new Dataset(Matrix.FromRows([[1.0], [2], [3]]), [10, 20, 30]);
        var model = MedianImputation.ForRegressor(new KNearestNeighborsRegressor(new KNearestNeighborsOptions { Neighbors = 1 })).Fit(train);
        Assert.Equal(20, model.Predict([double.NaN]));
        Assert.Equal(30, model.Predict([2.9]));
    }

    [Fact]
    public void ImputedModels_SurviveSaveAndLoad()
    {
        var data = SplitterTests.Synthetic(60, groups: false);
        data.Features[0, 0] = double.NaN;
        var classifier = MedianImputation.ForClassifier(new KNearestNeighborsClassifier()).Fit(data);
        var loaded = (IClassifier)ModelFile.RoundTrip(classifier);
        double[] row = [double.NaN, 0.3];
        Span<double> a = stackalloc double[2];
        Span<double> b = stackalloc double[2];
        classifier.PredictProbabilities(row, a);
        loaded.PredictProbabilities(row, b);
        Assert.Equal(a.ToArray(), b.ToArray());
        var regressor = MedianImputation.ForRegressor(new DummyRegressor()).Fit(new Dataset(data.Features, data.Features.Column(1)));
        Assert.Equal(regressor.Predict(row), ((IRegressor)ModelFile.RoundTrip(regressor)).Predict(row));
    }
}
