using Formcast.Core;

namespace Formcast.Formats.Fit.Internal;

/// <summary>Maps FIT sport/sub_sport (FIT profile 21.205 enums) to the domain <see cref="Sport"/> and a finer label.</summary>
internal static class FitSports
{
    public static (Sport Sport, string? SubSport) Map(int sport, int subSport)
    {
        var mapped = sport switch
        {
            1 => Sport.Running,
            2 or 21 => Sport.Cycling,
            5 => Sport.Swimming,
            11 or 17 => Sport.Walking,
            12 => Sport.CrossCountrySkiing,
            15 => Sport.Rowing,
            18 => Sport.Multisport,
            19 or 37 or 41 or 42 => Sport.Paddling,
            10 => subSport == 20 ? Sport.StrengthTraining : Sport.GeneralFitness,
            4 => subSport switch
            {
                1 or 45 => Sport.Running,
                5 or 6 => Sport.Cycling,
                14 => Sport.Rowing,
                27 => Sport.Walking,
                _ => Sport.GeneralFitness,
            },
            _ => Sport.Other,
        };

        // Keep the finest label the file gives: the sub-sport, or the FIT sport when the domain sport is coarser.
        string? label = null;
        if (subSport is not 0 and not 0xFF) label = FitNames.SubSport(subSport);
        else if (mapped is Sport.Other or Sport.GeneralFitness && sport is not 0 and not 0xFF) label = FitNames.Sport(sport);
        return (mapped, label);
    }

    /// <summary>FIT sport and sub_sport for a domain sport and label; the inverse of <see cref="Map"/> for labels it produced.</summary>
    public static (int Sport, int SubSport) Unmap(Sport sport, string? label)
    {
        var fitSport = sport switch
        {
            Sport.Running or Sport.Sprinting or Sport.DistanceRunning => 1,
            Sport.Cycling => 2,
            Sport.Swimming => 5,
            Sport.Walking => 11,
            Sport.CrossCountrySkiing => 12,
            Sport.Rowing => 15,
            Sport.Multisport => 18,
            Sport.Paddling => 19,
            Sport.StrengthTraining or Sport.GeneralFitness => 10,
            _ => 0,
        };
        if (FitNames.SubSportValue(label) is { } sub && sub != 0) return (fitSport, sport == Sport.StrengthTraining ? 20 : sub);
        if (FitNames.SportValue(label) is { } named) return (named, 0);
        return (fitSport, sport == Sport.StrengthTraining ? 20 : 0);
    }
}
