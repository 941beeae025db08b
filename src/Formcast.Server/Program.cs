using Formcast.Server;

var app = FormcastServer.Build(args);
await app.RunAsync();

/// <summary>Entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
