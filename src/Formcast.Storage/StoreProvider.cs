namespace Formcast.Storage;

public enum StoreProvider
{
    /// <summary>An embedded SQLite file (WAL journal), the default.</summary>
    Sqlite = 0,

    /// <summary>A PostgreSQL database, for several server instances sharing one store.</summary>
    PostgreSql = 1,
}
