namespace Formcast.Analytics;

/// <summary>Options of <see cref="RacePredictor"/>.</summary>
public sealed record RacePredictorOptions
{
    /// <summary>Races older than this many days before the prediction day are ignored.</summary>
    public int LookbackDays { get; init; } = 365;

    /// <summary>Riegel exponent (1.06 as published; 1.07–1.08 suits less-trained marathoners).</summary>
    public double RiegelExponent { get; init; } = RaceTimeModels.RiegelExponent;

    /// <summary>Carry races run in recorded heat back to cool conditions before using them.</summary>
    public bool NormaliseInputRacesForHeat { get; init; } = true;

    public void Validate()
    {
        if (LookbackDays <= 0) throw new ArgumentOutOfRangeException(nameof(LookbackDays), LookbackDays, "must be positive");
        if (!(RiegelExponent is > 1 and < 1.3)) throw new ArgumentOutOfRangeException(nameof(RiegelExponent), RiegelExponent, "must lie in (1, 1.3)");
    }
}
