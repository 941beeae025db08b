using BenchmarkDotNet.Running;

if (args is ["analytics", ..]) return Formcast.Benchmarks.Analytics.AnalyticsCommand.Run(args[1..]);
if (args is ["planning", ..]) return Formcast.Benchmarks.Planning.PlanningCommand.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
