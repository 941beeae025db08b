namespace Formcast.Planning;

/// <summary>What one slot did: minutes and load trained, injury probability and event, energy, weather.</summary>
internal readonly record struct SlotOutcome(double Minutes, double Load, double InjuryProbability, double EnergyKilowattHours,
    bool Injured, bool Overridden, double TemperatureC, double HumidityPercent);
