using System.CommandLine;
using System.Globalization;
using Formcast.Cli.Infrastructure;
using Formcast.Core;
using Formcast.Storage;
using Spectre.Console;

namespace Formcast.Cli.Commands;

/// <summary>
/// <c>formcast models list [--name N]</c>: the models registered in the store, grouped by name and oldest first, so each
/// name's rows read as its accuracy over time; the change of each metric since the name's previous model is shown.
/// </summary>
internal static class ModelsCommand
{
    private static readonly AccessContext Owner = AccessContext.Owner("cli");

    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("models", "The trained models registered in the store");
        var store = CommonOptions.Store(environment);
        var name = new Option<string?>("--name") { Description = "Only models of this name (e.g. pmdata-injury-risk)" };
        var json = CommonOptions.Json();
        var list = new Command("list", "List registered models with their data hash, protocol and metrics over time") { store, name, json };
        list.SetAction(async (parse, ct) =>
        {
            await using var opened = await StoreOpener.OpenAsync(parse.GetValue(store)!, ct);
            var models = await opened.ListModelsAsync(Owner, parse.GetValue(name), cancellationToken: ct);
            if (parse.GetValue(json))
            {
                await JsonOutput.WriteAsync(environment, models.Select(m => new
                {
                    m.Id, m.Name, m.Kind, m.TrainedUtc, m.DataSha256, m.Protocol, m.Metrics,
                }));
                return ExitCodes.Ok;
            }

            if (models.Count == 0)
            {
                environment.Console.MarkupLine("No models registered yet: [bold]formcast evaluate --dataset D --task T --store STORE[/] trains and registers them.");
                return ExitCodes.Ok;
            }

            foreach (var group in models.GroupBy(m => m.Name, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var metricNames = group.SelectMany(m => m.Metrics.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(4).ToList();
                var table = new Table { Title = new TableTitle(Markup.Escape(group.Key)) }
                    .AddColumns(["Trained (UTC)", "Id", "Kind", "Data SHA-256", .. metricNames, "Protocol"]);
                ModelRecord? previous = null;
                foreach (var model in group)
                {
                    var cells = new List<string>
                    {
                        model.TrainedUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), model.Id, model.Kind, model.DataSha256[..12],
                    };
                    cells.AddRange(metricNames.Select(metric => MetricCell(model, previous, metric)));
                    cells.Add(model.Protocol);
                    table.AddRow([.. cells.Select(c => new Text(c))]);
                    previous = model;
                }

                environment.Console.Write(table);
            }

            environment.Console.MarkupLineInterpolated($"{models.Count} models");
            return ExitCodes.Ok;
        });
        command.Add(list);
        return command;
    }

    private static string MetricCell(ModelRecord model, ModelRecord? previous, string metric)
    {
        if (!model.Metrics.TryGetValue(metric, out var value)) return "";
        var text = value.ToString("0.000", CultureInfo.InvariantCulture);
        return previous is not null && previous.Metrics.TryGetValue(metric, out var before) && double.IsFinite(before) && double.IsFinite(value)
            ? text + (value - before).ToString(" (+0.000); (-0.000); (±0)", CultureInfo.InvariantCulture)
            : text;
    }
}
