using Formcast.TestSupport;

namespace Formcast.Learning.Tests;

public sealed class ReferenceDatasetTests
{
    // Shapes as documented in scikit-learn's dataset descriptions (sklearn/datasets/descr/*.rst).
    [Theory]
    [InlineData("iris", 150, 4, 3)]
    [InlineData("wine", 178, 13, 3)]
    [InlineData("breast_cancer", 569, 30, 2)]
    [InlineData("digits", 1797, 64, 10)]
    [InlineData("diabetes", 442, 10, 214)]
    public void BundledTables_HaveTheirDocumentedShapes(string name, int rows, int columns, int distinctTargets)
    {
        var data = ReferenceDatasets.Load(name);
        Assert.Equal(rows, data.Features.Length);
        Assert.All(data.Features, r => Assert.Equal(columns, r.Length));
        Assert.Equal(distinctTargets, data.Target.Distinct().Count());
    }
}
