using Formcast.Learning;

namespace Formcast.Planning;

/// <summary>Options of <see cref="RegressionPlanner"/>: how its training data are simulated.</summary>
public sealed record RegressionPlannerOptions : LearnerOptions
{
    /// <summary>Simulated training athletes (60 days each) whose exploratory plans make the training rows.</summary>
    public int TrainingAthletes { get; init; } = 40;

    /// <summary>Days of reward summed into the target ("the next cycle's training outcome").</summary>
    public int TargetDays { get; init; } = 7;

    /// <summary>Discount per day inside the target window.</summary>
    public double TargetDiscount { get; init; } = 0.9;

    public override void Validate()
    {
        base.Validate();
        OptionCheck.Positive(TrainingAthletes, nameof(TrainingAthletes));
        OptionCheck.Positive(TargetDays, nameof(TargetDays));
        OptionCheck.InRange(TargetDiscount, 0, 1, nameof(TargetDiscount));
    }
}
