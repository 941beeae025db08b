namespace Formcast.Planning;

/// <summary>The outcome of <see cref="TrainingEnvironment.Step(ReadOnlySpan{double}, Span{double})"/> besides the observation.</summary>
public readonly record struct StepResult(double Reward, bool Done, StepInfo Info);
