using Formcast.Learning;
using Formcast.Learning.Baselines;

namespace Formcast.Benchmarks.Planning;

/// <summary>The learner behind the comparison's regression-driven planner. The reference study uses ε-SVR with an RBF
/// kernel; until Formcast.Learning's SVR is available here, k-nearest-neighbour regression stands in and the report
/// names it.</summary>
internal static class RegressionLearners
{
    public const string Name = "knn-regression";

    public const string Description = "k-nearest-neighbour regression (Formcast.Learning) standing in for ε-SVR";

    public static ILearner<IRegressor> Create() => new KNearestNeighborsRegressor();
}
