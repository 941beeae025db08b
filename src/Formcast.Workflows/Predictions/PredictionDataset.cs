namespace Formcast.Workflows.Predictions;

/// <summary>The public datasets <c>formcast evaluate</c> knows how to read (see docs/predictions.md).</summary>
public enum PredictionDataset
{
    /// <summary>PMData (Simula 2020): 16 people, wellness, session RPE, Fitbit resting heart rate, weekly injury reports.</summary>
    PmData,

    /// <summary>Jovanovic (2018): 6 team-sport athletes over two seasons, daily loads, hamstring injuries.</summary>
    Jovanovic,

    /// <summary>athlinks (2015): personal bests of US runners from 1 mile to the marathon.</summary>
    Athlinks,

    /// <summary>exscidata: cycling and cross-country-skiing intervention studies with tests before and after.</summary>
    ExsciData,
}
