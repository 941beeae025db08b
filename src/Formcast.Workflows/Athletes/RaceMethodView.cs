namespace Formcast.Workflows.Athletes;

/// <summary>One method's predicted time with the numbers, races and caveats behind it.</summary>
public sealed record RaceMethodView(
    string Method, double Seconds, IReadOnlyDictionary<string, double> Inputs, IReadOnlyList<RaceUsed> Races, IReadOnlyList<string> Notes);
