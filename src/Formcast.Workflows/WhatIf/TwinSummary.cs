namespace Formcast.Workflows.WhatIf;

/// <summary>
/// The fitted twin behind a what-if's performance column, or why there is none. Performance is in the test's unit and
/// direction (a time stays a time); parameters are as fitted (tests where lower is better are fitted as their negative,
/// so p0 is negative for them).
/// </summary>
/// <param name="Fitted">True when a twin was fitted.</param>
/// <param name="Reason">Why no twin was fitted.</param>
/// <param name="Test">Kind of test fitted, in plain words.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="HigherIsBetter">False for times.</param>
/// <param name="Tests">Tests of that kind in the history.</param>
/// <param name="Parameters">p0, k1, tau1, k2, tau2 as fitted.</param>
/// <param name="Intervals">95 % bootstrap interval per parameter.</param>
/// <param name="RSquared">In-sample R².</param>
/// <param name="Rmse">In-sample RMSE.</param>
/// <param name="LeaveOneOutRmse">RMSE of each test predicted by a fit without it.</param>
/// <param name="Notes">Identifiability and data caveats from the fit.</param>
/// <param name="Provenance">Model, conventions, priors and seed.</param>
public sealed record TwinSummary(
    bool Fitted, string? Reason, string? Test, string? Unit, bool HigherIsBetter, int Tests, IReadOnlyDictionary<string, double> Parameters,
    IReadOnlyDictionary<string, double[]> Intervals, double? RSquared, double? Rmse, double? LeaveOneOutRmse, IReadOnlyList<string> Notes, string? Provenance);
