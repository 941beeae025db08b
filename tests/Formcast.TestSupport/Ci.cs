namespace Formcast.TestSupport;

/// <summary>Facts about the environment the tests run in.</summary>
public static class Ci
{
    /// <summary>True under continuous integration (CI=true), where optional test resources become mandatory.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
