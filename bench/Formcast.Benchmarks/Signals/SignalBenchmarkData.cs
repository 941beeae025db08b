namespace Formcast.Benchmarks.Signals;

/// <summary>
/// Deterministic benchmark inputs, generated identically by <c>peers.py</c> so that Formcast and numpy/scipy time the
/// same numbers: formulas plus a 64-bit linear congruential generator (Knuth's MMIX constants).
/// </summary>
internal static class SignalBenchmarkData
{
    /// <summary>A 3-hour activity at 1 Hz.</summary>
    public const int ActivitySamples = 3 * 3600;

    public const double ImuRateHz = 100;

    /// <summary>Ten minutes of 100 Hz IMU data.</summary>
    public const int ImuSamples = 60_000;

    /// <summary>About an hour of beats.</summary>
    public const int RrBeats = 3600;

    public const int WellnessDays = 365;

    public const int WellnessColumns = 8;

    /// <summary>Heart rate (bpm) with short gaps (8 s every 997 s), long gaps (40 s every 3000 s) and spikes (+80 every 541 s).</summary>
    public static double[] HeartRate()
    {
        var random = new Lcg(1);
        var hr = new double[ActivitySamples];
        for (var i = 0; i < hr.Length; i++)
        {
            hr[i] = 140 + (15 * Math.Sin(2 * Math.PI * i / 600)) + (6 * (random.Next() - 0.5));
            if (i % 541 == 0) hr[i] += 80;
            if (i % 997 < 8 || i % 3000 is >= 1500 and < 1540) hr[i] = double.NaN;
        }

        return hr;
    }

    /// <summary>Irregular sample times (s), spacing 0.2–1.8 s around 1 s, with the matching gap-free heart rate.</summary>
    public static (double[] TimeSeconds, double[] Values) IrregularHeartRate()
    {
        var random = new Lcg(2);
        var t = new double[ActivitySamples];
        var v = new double[ActivitySamples];
        for (var i = 0; i < t.Length; i++)
        {
            t[i] = i + (0.8 * random.Next());
            v[i] = 140 + (15 * Math.Sin(2 * Math.PI * t[i] / 600));
        }

        return (t, v);
    }

    /// <summary>Walking-like three-axis acceleration (m/s²) at 100 Hz, 1.8 steps/s.</summary>
    public static (double[] X, double[] Y, double[] Z) Imu()
    {
        var random = new Lcg(3);
        var (x, y, z) = (new double[ImuSamples], new double[ImuSamples], new double[ImuSamples]);
        for (var i = 0; i < ImuSamples; i++)
        {
            var t = i / ImuRateHz;
            x[i] = (1.5 * Math.Sin(2 * Math.PI * 1.8 * t)) + (0.4 * (random.Next() - 0.5));
            y[i] = (0.8 * Math.Sin((2 * Math.PI * 0.9 * t) + 0.3)) + (0.4 * (random.Next() - 0.5));
            z[i] = 9.81 + (3 * Math.Sin((2 * Math.PI * 1.8 * t) + 1)) + (0.4 * (random.Next() - 0.5));
        }

        return (x, y, z);
    }

    /// <summary>RR intervals (ms) with LF and HF oscillations and a missed beat (doubled interval) every 397 beats.</summary>
    public static double[] RrIntervals()
    {
        var random = new Lcg(4);
        var rr = new double[RrBeats];
        double elapsed = 0;
        for (var i = 0; i < rr.Length; i++)
        {
            rr[i] = 1000 + (40 * Math.Sin(2 * Math.PI * 0.1 * elapsed)) + (20 * Math.Sin(2 * Math.PI * 0.25 * elapsed)) + (20 * (random.Next() - 0.5));
            elapsed += rr[i] / 1000;
            if (i % 397 == 396) rr[i] *= 2;
        }

        return rr;
    }

    /// <summary>A year of wellness rows: seven 1–5 answers and a resting heart rate, about 10 % unanswered.</summary>
    public static double[] Wellness()
    {
        var random = new Lcg(5);
        var table = new double[WellnessDays * WellnessColumns];
        for (var i = 0; i < table.Length; i++)
        {
            var value = i % WellnessColumns == WellnessColumns - 1 ? 50 + (10 * random.Next()) : 1 + (4 * random.Next());
            table[i] = random.Next() < 0.1 ? double.NaN : value;
        }

        return table;
    }

    /// <summary>state ← state·6364136223846793005 + 1442695040888963407 (mod 2⁶⁴); output the top 53 bits in [0, 1).</summary>
    private sealed class Lcg(ulong seed)
    {
        private ulong _state = seed;

        public double Next()
        {
            _state = unchecked((_state * 6364136223846793005UL) + 1442695040888963407UL);
            return (_state >> 11) * (1.0 / (1UL << 53));
        }
    }
}
