namespace Formcast.Signals;

/// <summary>What to do with an RR interval flagged as an artefact.</summary>
public enum RrCorrection
{
    /// <summary>
    /// Replace it by linear interpolation (over beat number) between the nearest accepted intervals on each side; at
    /// either end of the series, by the nearest accepted interval. Keeps the beat count, so spectra and DFA see an
    /// unbroken series.
    /// </summary>
    Interpolate = 0,

    /// <summary>Mark it missing (NaN): time-domain statistics then skip it and every successive difference it touches.</summary>
    Remove = 1,
}
