using System.Globalization;
using System.Text;
using Formcast.Analytics;
using Formcast.Core;
using Formcast.Workflows.Predictions.Data;

namespace Formcast.Workflows.Tests.Predictions;

/// <summary>
/// Small synthetic inputs in the datasets' own layouts, written by the tests themselves (no corpus file is copied):
/// athlinks-style personal bests whose marathon follows a known rule, and cohorts of athlete-days with known loads,
/// wellness and injuries.
/// </summary>
internal static class SyntheticData
{
    /// <summary>
    /// Runners whose marathon is 2.2 × their half marathon (Riegel says 2.085), ± 3 % noise, with 10 km and 5 km bests
    /// derived from the half; ids from <paramref name="firstId"/>.
    /// </summary>
    public static string AthlinksCsv(int runners, int seed, int firstId = 1)
    {
        var random = new Random(seed);
        var text = new StringBuilder("\"athlete\",\"gender\",\"age\",\"state\",\"distance\",\"time\",\"totalseconds\"\n");
        for (var i = 0; i < runners; i++)
        {
            var id = firstId + i;
            var sex = i % 3 == 0 ? "F" : "M";
            var age = 25 + random.Next(40);
            var half = 5400 + (random.NextDouble() * 3600);
            void Row(string distance, double seconds) =>
                text.Append(CultureInfo.InvariantCulture, $"{id},\"{sex}\",\"{age}\",\"MA\",\"{distance}\",\"0:00:00\",{(int)Math.Round(seconds)}\n");
            Row("1/2 Mara", half);
            Row("Marathon", half * 2.2 * (1 + ((random.NextDouble() - 0.5) * 0.06)));
            Row("10K", half / 2.2);
            Row("5K", half / 4.6);
        }

        return text.ToString();
    }

    /// <summary>
    /// A cohort of <paramref name="athletes"/> athletes over <paramref name="days"/> days from a Monday: daily load
    /// that rises in some weeks, and an injury in a week that follows two weeks of high load (so load carries signal),
    /// with every day observed.
    /// </summary>
    public static Cohort Cohort(int athletes, int days, int seed)
    {
        var random = new Random(seed);
        var calculator = new AthleteDayCalculator();
        var start = new DateOnly(2021, 1, 4);
        var list = new List<CohortAthlete>();
        for (var a = 0; a < athletes; a++)
        {
            var id = new AthleteId(new Guid(a + 1, 0, 0, new byte[8]));
            var sessions = new List<SessionLoad>();
            var wellness = new List<WellnessEntry>();
            var onsets = new List<DateOnly>();
            var heavy = new bool[(days / 7) + 1];
            for (var w = 0; w < heavy.Length; w++) heavy[w] = random.NextDouble() < 0.3;
            for (var d = 0; d < days; d++)
            {
                var date = start.AddDays(d);
                var week = d / 7;
                if (random.NextDouble() < 0.7)
                    sessions.Add(new SessionLoad { Date = date, Load = (heavy[week] ? 120 : 50) + (random.NextDouble() * 20), Source = LoadSource.SessionRpe, DurationMinutes = 60 });
                wellness.Add(new WellnessEntry
                {
                    AthleteId = id, Date = date, SleepDurationHours = 7 + random.NextDouble(), Soreness = heavy[week] ? 2 : 4, Readiness = heavy[week] ? 4 : 7,
                });
                if (d % 7 == 3 && week >= 3 && heavy[week - 1] && heavy[week - 2] && random.NextDouble() < 0.8) onsets.Add(date);
            }

            list.Add(new CohortAthlete
            {
                Index = a,
                Name = "a" + a.ToString("00", CultureInfo.InvariantCulture),
                Sex = a % 2 == 0 ? Sex.Male : Sex.Female,
                AgeYears = 20 + (a * 3),
                Sport = a % 3 == 0 ? "running" : "cycling",
                Days = calculator.Compute(id, new AthleteDayInputs { Sessions = sessions, Wellness = wellness }, start, start.AddDays(days - 1)),
                InjuryOnsets = onsets,
            });
        }

        return new Cohort("synthetic", "memory", list, "synthetic onsets", []);
    }
}
