using Npgsql;

namespace Formcast.Storage.Postgres;

/// <summary>Accepts both PostgreSQL URIs (postgresql://user:pass@host:port/db?sslmode=require) and keyword strings.</summary>
internal static class PostgresConnectionStrings
{
    public static string Normalise(string spec)
    {
        if (!spec.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !spec.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return new NpgsqlConnectionStringBuilder(spec).ConnectionString;

        if (!Uri.TryCreate(spec, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new FormatException($"'{Redact(spec)}' is not a valid postgresql:// URI");
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0) builder.Port = uri.Port;
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) builder.Password = Uri.UnescapeDataString(parts[1]);
        }

        var database = uri.AbsolutePath.Trim('/');
        if (database.Length > 0) builder.Database = Uri.UnescapeDataString(database);
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            var value = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            builder[string.Equals(key, "sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = value;
        }

        return builder.ConnectionString;
    }

    private static string Redact(string spec) => spec.Contains('@', StringComparison.Ordinal) ? "postgresql://…@" + spec[(spec.LastIndexOf('@') + 1)..] : spec;
}
