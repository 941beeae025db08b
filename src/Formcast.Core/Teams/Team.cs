namespace Formcast.Core;

/// <summary>A squad, club, school or federation group.</summary>
public sealed record Team(TeamId Id, string Name);
