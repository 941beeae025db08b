using Formcast.Core;
using Formcast.Storage;
using Microsoft.AspNetCore.Diagnostics;

namespace Formcast.Server.Infrastructure;

/// <summary>Turns store and access failures into ProblemDetails: 403 for access, 503 when retrying can help, 500 otherwise.</summary>
internal sealed class StoreExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            AccessDeniedException => (StatusCodes.Status403Forbidden, "Access denied"),
            StoreException { IsTransient: true } => (StatusCodes.Status503ServiceUnavailable, "The store is temporarily unavailable"),
            StoreException => (StatusCodes.Status500InternalServerError, "The store could not answer"),
            _ => (0, ""),
        };
        if (status == 0) return false;
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = status, Title = title, Detail = exception.Message },
            Exception = exception,
        });
    }
}
