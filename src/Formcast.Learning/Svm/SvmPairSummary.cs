namespace Formcast.Learning.Svm;

/// <summary>What the solver reported for one class pair (or the single problem of ε-SVR): the dual objective (as
/// LIBSVM's <c>svm-train</c> prints "obj"), ρ, the support vector count and SMO iterations.</summary>
public sealed record SvmPairSummary(double FirstClass, double SecondClass, double Objective, double Rho, int SupportVectors, long Iterations);
