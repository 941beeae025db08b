using BenchmarkDotNet.Running;
using Formcast.Benchmarks.Fit;

if (FitCommands.TryRun(args, out var exitCode)) return exitCode;
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
