namespace Formcast.Learning.Svm.Internal;

/// <summary>Settings of one SMO run: tolerance ε, shrinking, kernel cache bytes and the iteration limit (0 = LIBSVM's
/// default).</summary>
internal readonly record struct SolverSettings(double Tolerance, bool Shrinking, long CacheBytes, long MaxIterations);
