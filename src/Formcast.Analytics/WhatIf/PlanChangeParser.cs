using System.Globalization;
using Formcast.Core;

namespace Formcast.Analytics;

/// <summary>
/// Parses plan changes written in a small grammar; several changes are separated by ';' or a new line. Words are
/// case-insensitive, numbers may be digits or the words one to twelve, "the", "a" and "an" may be left out.
/// <code>
/// add N KIND session(s) [per week] [for W week(s)] [of L load | of M min]     KIND: recovery, easy, moderate,
/// add N long run(s) [per week] [for W week(s)] [of L load | of M min]         threshold, interval(s), sprint,
/// move [the] long run to WEEKDAY                                               strength, race
/// move [the] KIND session to WEEKDAY
/// taper N day(s) [by P %]                       (default 50 %)
/// rest N day(s) [from YYYY-MM-DD]               (default: from the plan start)
/// increase|reduce load by P % [for W week(s)]
/// </code>
/// Bad input is a result: the error names the column and what was expected.
/// </summary>
public static class PlanChangeParser
{
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    };

    private static readonly Dictionary<string, SessionIntensity> Kinds = new(StringComparer.Ordinal)
    {
        ["recovery"] = SessionIntensity.Recovery, ["easy"] = SessionIntensity.Easy, ["moderate"] = SessionIntensity.Moderate,
        ["tempo"] = SessionIntensity.Threshold, ["threshold"] = SessionIntensity.Threshold, ["interval"] = SessionIntensity.Intervals,
        ["intervals"] = SessionIntensity.Intervals, ["sprint"] = SessionIntensity.Sprint, ["sprints"] = SessionIntensity.Sprint,
        ["strength"] = SessionIntensity.Strength, ["race"] = SessionIntensity.Race,
    };

    public static PlanChangeParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var changes = new List<PlanChange>();
        var offset = 0;
        foreach (var part in text.Split([';', '\n']))
        {
            if (part.Trim().Length > 0)
            {
                var cursor = new Cursor(part, offset);
                var (change, error) = ParseOne(cursor);
                if (error is not null) return new PlanChangeParseResult([], error.Value.Message, error.Value.Column);
                if (!cursor.AtEnd) return Fail(cursor, "end of the change").ToResult();
                changes.Add(change!);
            }

            offset += part.Length + 1;
        }

        return changes.Count == 0
            ? new PlanChangeParseResult([], "no change given: expected 'add', 'move', 'taper', 'rest', 'increase' or 'reduce'", 1)
            : new PlanChangeParseResult(changes, null, 0);
    }

    private static (PlanChange? Change, (string Message, int Column)? Error) ParseOne(Cursor c)
    {
        var verb = c.Peek();
        switch (verb)
        {
            case "add": c.Next(); return ParseAdd(c);
            case "move": c.Next(); return ParseMove(c);
            case "taper":
            {
                c.Next();
                if (!c.Number(out var days)) return Fail(c, "a number of days");
                if (!c.Accept("day", "days")) return Fail(c, "'days'");
                var reduction = 0.5;
                if (c.Accept("by"))
                {
                    if (!c.Percent(out reduction) || reduction is <= 0 or >= 1) return Fail(c, "a percentage between 0 and 100");
                }

                return (new Taper((int)days, reduction), null);
            }

            case "rest":
            {
                c.Next();
                if (!c.Number(out var days) || days < 1) return Fail(c, "a number of days");
                if (!c.Accept("day", "days")) return Fail(c, "'days'");
                DateOnly? from = null;
                if (c.Accept("from", "starting"))
                {
                    var word = c.Peek();
                    if (word is null || !DateOnly.TryParseExact(word, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                        return Fail(c, "a date as YYYY-MM-DD");
                    c.Next();
                    from = date;
                }

                return (new RestDays((int)days, from), null);
            }

            case "increase" or "reduce" or "cut":
            {
                c.Next();
                c.Accept("load", "volume");
                if (!c.Accept("by")) return Fail(c, "'by'");
                if (!c.Percent(out var fraction) || fraction <= 0 || (verb != "increase" && fraction >= 1)) return Fail(c, "a percentage");
                var weeks = ParseWeeks(c, out var weekError);
                if (weekError is not null) return (null, weekError);
                return (new ScaleLoad(verb == "increase" ? 1 + fraction : 1 - fraction, weeks), null);
            }

            default:
                return Fail(c, "'add', 'move', 'taper', 'rest', 'increase' or 'reduce'");
        }
    }

    private static (PlanChange?, (string, int)?) ParseAdd(Cursor c)
    {
        var (column, word) = (c.Column, c.Peek());
        if (!c.Number(out var count)) return Fail(c, "a number of sessions (1–7)");
        if (count is < 1 or > 7) return (null, ($"expected a number of sessions (1–7) at column {column}, found '{word}'", column));
        var (intensity, isLong, kindError) = ParseKind(c);
        if (kindError is not null) return (null, kindError);
        if (!isLong && !c.Accept("session", "sessions", "workout", "workouts")) return Fail(c, "'sessions'");
        if (c.Accept("per", "a", "each", "every")) c.Accept("week");
        var weeks = ParseWeeks(c, out var weekError);
        if (weekError is not null) return (null, weekError);
        double? load = null, minutes = null;
        if (c.Accept("of", "at", "with"))
        {
            if (!c.Decimal(out var value) || value <= 0) return Fail(c, "a load or a duration");
            if (c.Accept("min", "mins", "minutes")) minutes = value;
            else if (c.Accept("load", "points")) load = value;
            else return Fail(c, "'load' or 'min'");
        }

        return (new AddSessions((int)count, intensity, isLong, weeks, load, minutes), null);
    }

    private static (PlanChange?, (string, int)?) ParseMove(Cursor c)
    {
        var (intensity, isLong, kindError) = ParseKind(c);
        if (kindError is not null) return (null, kindError);
        if (!isLong) c.Accept("session", "workout");
        if (!c.Accept("to", "on")) return Fail(c, "'to'");
        var word = c.Peek();
        if (word is null || !Enum.TryParse<DayOfWeek>(word, ignoreCase: true, out var day) || int.TryParse(word, CultureInfo.InvariantCulture, out _))
            return Fail(c, "a weekday (monday … sunday)");
        c.Next();
        return (new MoveSession(isLong ? null : intensity, isLong, day), null);
    }

    private static (SessionIntensity Intensity, bool IsLong, (string, int)? Error) ParseKind(Cursor c)
    {
        if (c.Accept("long"))
        {
            if (!c.Accept("run", "runs", "ride", "rides", "session", "sessions")) return (default, false, FailTuple(c, "'run' after 'long'"));
            return (SessionIntensity.Easy, true, null);
        }

        var word = c.Peek();
        if (word is null || !Kinds.TryGetValue(word, out var intensity))
            return (default, false, FailTuple(c, "a session kind (easy, threshold, interval, long run, …)"));
        c.Next();
        return (intensity, false, null);
    }

    private static int? ParseWeeks(Cursor c, out (string, int)? error)
    {
        error = null;
        if (!c.Accept("for")) return null;
        if (!c.Number(out var weeks) || weeks < 1) error = FailTuple(c, "a number of weeks");
        else if (!c.Accept("week", "weeks")) error = FailTuple(c, "'weeks'");
        return (int)weeks;
    }

    private static (PlanChange?, (string, int)?) Fail(Cursor c, string expected) => (null, FailTuple(c, expected));

    private static (string, int) FailTuple(Cursor c, string expected) =>
        (c.Peek() is { } word ? $"expected {expected} at column {c.Column}, found '{word}'" : $"expected {expected} at column {c.Column}, found the end", c.Column);

    private static PlanChangeParseResult ToResult(this (PlanChange?, (string Message, int Column)?) failure) =>
        new([], failure.Item2!.Value.Message, failure.Item2.Value.Column);

    /// <summary>Lower-cased words with their 1-based columns in the whole text; "%" is a word of its own.</summary>
    private sealed class Cursor
    {
        private readonly List<(string Word, int Column)> _words = [];
        private readonly int _endColumn;
        private int _index;

        public Cursor(string text, int offset)
        {
            var i = 0;
            while (i < text.Length)
            {
                if (char.IsWhiteSpace(text[i]) || text[i] == ',')
                {
                    i++;
                    continue;
                }

                var start = i;
                if (text[i] == '%') i++;
                else
                {
                    while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not (',' or '%')) i++;
                }

                _words.Add((text[start..i].ToLowerInvariant(), offset + start + 1));
            }

            _endColumn = offset + text.TrimEnd().Length + 1;
        }

        public bool AtEnd => _index >= _words.Count;

        public int Column => AtEnd ? _endColumn : _words[_index].Column;

        public string? Peek() => AtEnd ? null : _words[_index].Word;

        public void Next() => _index++;

        public bool Accept(params string[] words)
        {
            while (Peek() is "the" or "a" or "an" && !words.Contains(Peek())) _index++;
            if (Peek() is { } w && words.Contains(w))
            {
                _index++;
                return true;
            }

            return false;
        }

        public bool Number(out double value)
        {
            while (Peek() is "the" or "a" or "an") _index++;
            if (Peek() is { } w && NumberWords.TryGetValue(w, out var n))
            {
                _index++;
                value = n;
                return true;
            }

            return Decimal(out value) && value == Math.Floor(value);
        }

        public bool Decimal(out double value)
        {
            value = 0;
            if (Peek() is { } w && double.TryParse(w, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
            {
                _index++;
                return true;
            }

            return false;
        }

        /// <summary>"20 %", "20%" or "20 percent" as the fraction 0.2.</summary>
        public bool Percent(out double fraction)
        {
            fraction = 0;
            if (!Decimal(out var value)) return false;
            Accept("%", "percent", "pct");
            fraction = value / 100;
            return true;
        }
    }
}
