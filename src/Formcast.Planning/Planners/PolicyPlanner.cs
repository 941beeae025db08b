namespace Formcast.Planning;

/// <summary>A trained PPO policy as a planner: the deterministic action (the policy mean) at every step.</summary>
public sealed class PolicyPlanner : ITrainingPlanner
{
    public PolicyPlanner(PpoPolicy policy, string name = "ppo")
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.ObservationSize != ObservationLayout.Dimension || policy.ActionSize != ActionCodec.Dimension)
            throw new ArgumentException("the policy was not trained on the training environment's spaces", nameof(policy));
        Policy = policy;
        Name = name;
    }

    public PpoPolicy Policy { get; }

    public string Name { get; }

    public void BeginEpisode(EpisodeContext context)
    {
    }

    public void Act(int day, int slot, ReadOnlySpan<double> observation, Span<double> action) => Policy.Act(observation, action);
}
