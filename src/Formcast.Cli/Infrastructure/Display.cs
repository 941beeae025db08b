using Formcast.Workflows;
using Spectre.Console;

namespace Formcast.Cli.Infrastructure;

/// <summary>Terminal drawing of the shared display tables and lists.</summary>
internal static class Display
{
    /// <summary>A plain text cell (escaped, so brackets in sentences are not read as markup).</summary>
    public static Text Cell(string text) => new(text);

    /// <summary>A bold heading line after an empty line.</summary>
    public static void Heading(IAnsiConsole console, string text)
    {
        console.WriteLine();
        console.Write(new Text(text + "\n", new Style(decoration: Decoration.Bold)));
    }

    /// <summary>Sentences as a bulleted list.</summary>
    public static void Bullets(IAnsiConsole console, IEnumerable<string> lines)
    {
        foreach (var line in lines) console.Write(new Text("• " + line + "\n"));
    }

    /// <summary>Draws a <see cref="TextTable"/>; nothing for a table without rows.</summary>
    public static void Write(IAnsiConsole console, TextTable table)
    {
        if (table.Rows.Count == 0) return;
        var drawn = new Table();
        for (var k = 0; k < table.Headers.Count; k++)
        {
            var column = new TableColumn(Cell(table.Headers[k]));
            if (table.Numeric[k]) column.RightAligned();
            drawn.AddColumn(column);
        }

        foreach (var row in table.Rows) drawn.AddRow([.. row.Select(Cell)]);
        console.Write(drawn);
    }
}
