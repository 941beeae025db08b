using Formcast.Cli;

return await CliApp.RunAsync(args, CliEnvironment.FromProcess());
