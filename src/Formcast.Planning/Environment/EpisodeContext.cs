namespace Formcast.Planning;

/// <summary>What a planner is told when an episode starts: the athlete as far as it is measurable, and the rules.</summary>
public sealed record EpisodeContext(AthleteSnapshot Athlete, EnvironmentOptions Options, ulong Seed);
