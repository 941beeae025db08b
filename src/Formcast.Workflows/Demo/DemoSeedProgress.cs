namespace Formcast.Workflows.Demo;

/// <summary>Progress of seeding: <see cref="Done"/> of <see cref="Total"/> athletes stored, the last one named.</summary>
public sealed record DemoSeedProgress(int Done, int Total, string LastHandle);
