namespace Formcast.Learning.Selection;

/// <summary>
/// Outcome of recursive feature elimination: <see cref="Ranking"/> gives 1 to every kept feature and r &gt; 1 to
/// features removed in the (r − 1)-th-to-last round (scikit-learn's <c>ranking_</c>); <see cref="Model"/> is refitted
/// on the kept columns, in their original order.
/// </summary>
public sealed record RfeResult<TModel>(int[] Ranking, int[] SelectedColumns, TModel Model)
    where TModel : IModel
{
    /// <summary>True per feature when kept.</summary>
    public bool[] Support => Ranking.Select(r => r == 1).ToArray();
}
