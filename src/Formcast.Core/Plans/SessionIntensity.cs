namespace Formcast.Core;

/// <summary>The intent of a planned session.</summary>
public enum SessionIntensity
{
    Rest = 0,
    Recovery = 1,
    Easy = 2,
    Moderate = 3,
    Threshold = 4,
    Intervals = 5,
    Sprint = 6,
    Strength = 7,
    Race = 8,
}
