namespace Formcast.Learning.Evaluation;

/// <summary>Scores of every grid candidate, the best one and (when refitted) its model on all rows.</summary>
public sealed class GridSearchResult<TModel>
    where TModel : IModel
{
    internal GridSearchResult(IReadOnlyList<GridCandidate> candidates, GridCandidate best, TModel? bestModel, Metric metric, string protocol)
    {
        Candidates = candidates;
        Best = best;
        BestModel = bestModel;
        Metric = metric;
        Protocol = protocol;
    }

    /// <summary>Candidates in grid order.</summary>
    public IReadOnlyList<GridCandidate> Candidates { get; }

    public GridCandidate Best { get; }

    /// <summary>The best candidate refitted on all rows, or default when refitting was off.</summary>
    public TModel? BestModel { get; }

    public Metric Metric { get; }

    public string Protocol { get; }
}
