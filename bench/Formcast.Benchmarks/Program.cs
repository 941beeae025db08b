using BenchmarkDotNet.Running;
using Formcast.Benchmarks.Fit;

// Comparison commands (Formcast and peer tools on the same input, printing ratios); anything else goes to BenchmarkDotNet.
if (args is ["analytics", ..]) return Formcast.Benchmarks.Analytics.AnalyticsCommand.Run(args[1..]);
if (args is ["planning", ..]) return Formcast.Benchmarks.Planning.PlanningCommand.Run(args[1..]);
if (args is ["text-formats", ..]) return Formcast.Benchmarks.TextFormats.TextFormatsComparison.Run(args[1..]);
if (args is ["import", ..]) return Formcast.Benchmarks.Import.ImportBenchmarkCommand.Run(args[1..]);
if (FitCommands.TryRun(args, out var exitCode)) return exitCode;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
