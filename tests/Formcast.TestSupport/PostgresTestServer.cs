namespace Formcast.TestSupport;

/// <summary>
/// The PostgreSQL server the test script starts on loopback. Its connection string comes from
/// FORMCAST_TEST_POSTGRES (set by <c>scripts/test.sh</c>). Without it the PostgreSQL tests skip, except under CI,
/// where a missing server is a failure: the provider must be tested for real.
/// </summary>
public static class PostgresTestServer
{
    public const string EnvironmentVariable = "FORMCAST_TEST_POSTGRES";

    /// <summary>The administrative connection string; skips (or fails under CI) when none is configured.</summary>
    public static string RequireConnectionString()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } cs) return cs;
        if (Ci.IsCi) Assert.Fail($"{EnvironmentVariable} is not set under CI: scripts/test.sh must start PostgreSQL.");
        Assert.Skip($"PostgreSQL tests need {EnvironmentVariable} (scripts/test.sh sets it).");
        return "";
    }
}
