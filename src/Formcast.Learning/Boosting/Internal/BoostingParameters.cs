namespace Formcast.Learning.Boosting.Internal;

/// <summary>Tree-growing settings of one boosting run, resolved from the options.</summary>
internal sealed record BoostingParameters(
    SplitMath Math,
    float LearningRate,
    int MaxDepth,
    int MaxLeaves,
    bool LossGuide,
    float Gamma,
    double Subsample,
    double ColumnSampleByTree,
    double ColumnSampleByLevel,
    double ColumnSampleByNode,
    ParallelOptions Parallel);
