namespace Formcast.Learning.Svm.Internal;

/// <summary>Solution of one dual problem: α in the caller's variable order, the dual objective ½αᵀQα + pᵀα, the
/// offset ρ of the decision function Σ yᵢαᵢK(xᵢ, x) − ρ, and the SMO iterations used.</summary>
internal sealed record SmoResult(double[] Alpha, double Objective, double Rho, long Iterations);
