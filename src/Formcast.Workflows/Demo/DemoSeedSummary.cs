namespace Formcast.Workflows.Demo;

/// <summary>What seeding wrote.</summary>
public sealed record DemoSeedSummary(int Athletes, int Activities, int WellnessDays, int Injuries);
