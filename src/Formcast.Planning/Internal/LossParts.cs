namespace Formcast.Planning;

/// <summary>Sums of the PPO loss terms over some rows.</summary>
internal struct LossParts
{
    public double PolicyLoss;
    public double ValueLoss;
    public double ApproximateKl;
    public int ClippedRows;

    public void Add(in LossParts other)
    {
        PolicyLoss += other.PolicyLoss;
        ValueLoss += other.ValueLoss;
        ApproximateKl += other.ApproximateKl;
        ClippedRows += other.ClippedRows;
    }
}
