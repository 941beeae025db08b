using Formcast.Learning.Evaluation.Internal;

namespace Formcast.Learning.Evaluation;

/// <summary>
/// One fold per group, in ascending group order: test on that group, train on all others (scikit-learn's
/// <c>LeaveOneGroupOut</c>, index for index). The natural protocol for "does it work for an athlete it has never seen".
/// </summary>
public sealed class LeaveOneGroupOut : ISplitter
{
    public IReadOnlyList<Fold> Split(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var groups = data.Groups ?? throw new ArgumentException("leave-one-group-out needs the dataset's groups", nameof(data));
        var (codes, distinct) = FoldAssignment.Encode(groups);
        if (distinct.Length < 2) throw new ArgumentException($"leave-one-group-out needs at least 2 groups, found {distinct.Length}", nameof(data));
        return FoldAssignment.ToFolds(codes, distinct.Length);
    }

    public string Describe() => "leave one group out";
}
