using BenchmarkDotNet.Running;

if (args is ["text-formats", ..]) return Formcast.Benchmarks.TextFormats.TextFormatsComparison.Run(args[1..]);

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
